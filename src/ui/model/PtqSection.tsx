import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { ptqKey } from '../../state/modelConfig';
import { BertTable } from '../lab/BertTable';
import { PtqTable } from './PtqTable';
import { tableRows } from './tableRows';
import type { PtqConfig } from '../../model/types';
import { PendingNote } from './PendingNote';
import type { QatSummary } from '../../worker/modelApi';

/** Section 1: the PTQ table computed on the digits, finished QAT runs as extra rows, and the published BERT-Large figures beside it. */
export function PtqSection({ onOpen }: { onOpen?: (config: PtqConfig, layer: string) => void }) {
  const { t } = useTranslation();
  const inputs = useModelLab();
  const { info, ptq, qat } = useModelResults(useShallow((r) => ({ info: r.info, ptq: r.ptq, qat: r.qat })));
  if (!info) return null;
  const current = ptq?.key === ptqKey(info, inputs);
  const finished = Object.values(qat).flatMap((run) =>
    run?.summary && !run.summary.stopped ? [{ config: run.config, summary: run.summary as QatSummary }] : [],
  );
  return (
    <section className="panel" data-testid="model.ptq" data-current={current}>
      <h2>{t('model.ptq.heading')}</h2>
      <p className="hint">{t('model.ptq.hint', { w: inputs.weightBits, a: inputs.actBits })}</p>
      <PendingNote current={current} />
      <div className="model-ptq">
        <div className={current ? undefined : 'stale'}>
          {ptq && (
            <PtqTable
              rows={tableRows(info.fp32, ptq.value, finished, inputs.weightBits, inputs.actBits)}
              fp32={info.fp32}
              layers={info.layers.map((l) => l.name)}
              onOpen={onOpen}
            />
          )}
        </div>
        <aside>
          <p className="hint">{t('model.ptq.published')}</p>
          <BertTable />
        </aside>
      </div>
    </section>
  );
}
