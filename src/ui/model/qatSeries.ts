import type { QatRun } from '../../state/modelResults';
import type { QatVariant } from '../../worker/modelApi';
import type { QatSeries } from './QatCharts';

/** Curves of each QAT run: the finished summary's, or while it runs, the step losses and epoch reports so far. */
export function qatSeries(runs: Partial<Record<QatVariant, QatRun>>, label: (v: QatVariant) => string): QatSeries[] {
  return (['recipe', 'untuned'] as const).flatMap((id) => {
    const run = runs[id];
    if (!run) return [];
    const loss = run.summary?.loss ?? run.losses;
    const accuracy = run.summary?.accuracyPerEpoch ?? run.epochs.map((e) => e.accuracy);
    return [{ id, label: label(id), loss, accuracy }];
  });
}
