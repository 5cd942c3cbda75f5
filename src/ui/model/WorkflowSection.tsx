import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { useChartFont } from '../chartFont';
import { useWidth } from '../useSize';
import { WorkflowChart } from './WorkflowChart';
import { workflowStages } from './workflowStages';

/** Section 5: PTQ baseline → sensitivity → partial quantization → QAT, each stage's accuracy on one chart. */
export function WorkflowSection() {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const width = useWidth(box, 900);
  const font = useChartFont();
  const inputs = useModelLab();
  const results = useModelResults();
  if (!results.info) return null;
  const stages = workflowStages(results.info, inputs, results, results.job?.phase ?? null, {
    stage: (id) => t(`model.workflow.stages.${id}`),
    all: t('model.workflow.all'),
    keep: (layers) => t('model.workflow.keep', { layers: layers.join(', ') }),
  });
  return (
    <section className="panel" ref={box} data-testid="model.workflowPanel">
      <h2>{t('model.workflow.heading')}</h2>
      <p className="hint">
        {t('model.workflow.hint', {
          w: inputs.weightBits,
          a: inputs.actBits,
          granularity: t(`model.granularity.${inputs.granularity}`),
          method: t(`model.calibrators.${inputs.calibrator}`),
        })}
      </p>
      <WorkflowChart
        stages={stages}
        fp32={results.info.fp32}
        width={Math.min(width - 32, 900)}
        height={260}
        font={font}
        labels={{
          fp32: 'FP32',
          notRun: t('model.workflow.notRun'),
          computing: t('model.workflow.computing'),
          queued: t('model.workflow.queued'),
          aria: t('model.workflow.aria'),
        }}
      />
    </section>
  );
}
