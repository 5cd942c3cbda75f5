import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../../state/analysis';
import { quantWorker } from '../../worker/client';
import { formatCount } from '../format';
import { useWorkerResult } from '../lab/useWorkerResult';
import { useWidth } from '../useSize';
import { BlockFormatBars } from './BlockFormatBars';
import { ScaleStripView } from './ScaleStripView';

/** Most bins of the stored-scale strip (one per few pixels at full width). */
const STRIP_BINS = 512;

/** Block formats (ggml, MX, NV) against INT8/INT4 per channel and in groups; a GGUF tensor's stored block scales. */
export function BlockFormatsPanel() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const generation = useAnalysis((a) => a.generation);
  const streamed = useAnalysis((a) => a.summary?.streamed ?? false);
  const { result, error, current } = useWorkerResult(streamed ? 'off' : `blocks:${generation}`, () =>
    streamed ? Promise.resolve(null) : quantWorker.call('blockFormats', STRIP_BINS),
  );
  const labels = { sqnr: t('blocks.sqnr'), bpw: t('blocks.bpw'), mse: t('blocks.mse') };
  const stored = result?.stored;
  return (
    <section className="panel" ref={box} data-testid="blocks.panel" data-current={current && result !== null}>
      <h2>{t('blocks.heading')}</h2>
      <p className="hint">{t('blocks.intro')}</p>
      {streamed && <p className="hint">{t('blocks.streamed')}</p>}
      {!streamed && !current && <p className="hint">{t('blocks.computing')}</p>}
      {error && <p className="alert">{error}</p>}
      {result?.sampled && <p className="hint">{t('blocks.sampled', result.sampled)}</p>}
      {result && (
        <div className="chart-scroll">
          <BlockFormatBars
            rows={result.rows.map((r) => ({ ...r, label: t(`blocks.names.${r.id}`) }))}
            width={Math.max(480, width - 8)}
            labels={labels}
          />
        </div>
      )}
      {stored && (
        <div data-testid="blocks.stored" data-format={stored.format} data-steps={stored.steps}>
          <h3>{t('blocks.storedHeading', { format: stored.format, span: stored.span })}</h3>
          <div className="chart-scroll">
            <ScaleStripView
              valueAbsMax={stored.valueAbsMax}
              stepMax={stored.stepMax}
              width={Math.max(480, width - 8)}
              labels={{ values: t('blocks.values'), steps: t('blocks.steps') }}
            />
          </div>
          <p className="hint">
            {t('blocks.storedHint', { perBin: formatCount(Math.ceil(stored.steps / stored.stepMax.length) * stored.span) })}
          </p>
        </div>
      )}
      <p className="hint">{t('blocks.facts')}</p>
    </section>
  );
}
