import { useAnalysis } from './analysis';
import { methodId } from './calibrators';
import { stepLink } from './lessonLink';
import { useModelLab } from './modelLab';
import { useScene, type LessonPlace } from './scene';
import { sourceKey } from './source';
import { calibrationKey, methodsFor } from './useCalibrationSync';

/**
 * Opens a lesson step: its scene and model lab inputs replace the current ones (viewer settings kept). When the
 * tensor and spec stay the same, nothing will recompute, so the calibrator the step follows lends its range now.
 */
export function openStep(place: LessonPlace): void {
  const { scene: next, model } = stepLink(useScene.getState(), place);
  useModelLab.setState(model);
  useScene.setState(next);
  const a = useAnalysis.getState();
  if (!next.calibrator || !a.summary || !a.loadedSource || sourceKey(a.loadedSource) !== sourceKey(next.source)) return;
  const { adoptCalibrator } = useScene.getState();
  if (next.calibrator === 'max') return adoptCalibrator('max', { min: a.summary.stats.min, max: a.summary.stats.max });
  if (a.calibrations?.key !== calibrationKey(a.generation, next.spec, methodsFor(next.customPercentile))) return;
  const row = a.calibrations.rows.find((r) => methodId(r.method) === next.calibrator);
  if (row) adoptCalibrator(next.calibrator, row.range);
}
