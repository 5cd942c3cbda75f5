import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { evaluateKeepFloat, initModel, openInExplorer, runAnalysis, syncWeights } from '../../state/modelRuns';
import { JobStatus } from './JobStatus';
import { ModelSettings } from './ModelSettings';
import { PartialSection } from './PartialSection';
import { PtqSection } from './PtqSection';
import { QatSection } from './QatSection';
import { SensitivitySection } from './SensitivitySection';
import { WorkflowSection } from './WorkflowSection';
import './model.css';

/** The Model tab: a real MLP on handwritten digits through PTQ, sensitivity, partial quantization and QAT. */
export default function ModelLab() {
  const { t } = useTranslation();
  const info = useModelResults((r) => r.info);
  const analysisInputs = useModelLab(
    useShallow((s) => ({ w: s.weightBits, a: s.actBits, calibrator: s.calibrator, calibSize: s.calibSize, seed: s.seed })),
  );
  const keepFloat = useModelLab((s) => s.keepFloat);
  const weights = useModelLab((s) => s.weights);
  useEffect(() => void initModel(), []);
  useEffect(() => {
    if (info) void syncWeights();
  }, [info, weights]);
  useEffect(() => {
    if (info) void runAnalysis();
  }, [info, analysisInputs]);
  useEffect(() => {
    if (info) void evaluateKeepFloat();
  }, [info, keepFloat]);
  return (
    <div className="model-lab" data-testid="model.panel" data-ready={info !== null}>
      <section className="panel">
        <h2>{t('model.heading')}</h2>
        <p className="hint">{t('model.intro')}</p>
        <ModelSettings />
      </section>
      <div className="model-status">
        <JobStatus />
      </div>
      {info && (
        <>
          <PtqSection onOpen={(config, layer) => void openInExplorer(config, layer)} />
          <div className="model-pair">
            <SensitivitySection />
            <PartialSection />
          </div>
          <QatSection />
          <WorkflowSection />
        </>
      )}
    </div>
  );
}
