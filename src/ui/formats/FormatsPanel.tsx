import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CAST_FORMATS, floatFormatInfo } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useErrorView } from '../../state/derived';
import { useScene } from '../../state/scene';
import { quantWorker } from '../../worker/client';
import { formatSig } from '../format';
import { useWorkerResult } from '../lab/useWorkerResult';
import { useWidth } from '../useSize';
import { BitLayoutWidget } from './BitLayoutWidget';
import { FormatCards } from './FormatCards';
import { RangeBands } from './RangeBands';

/** Formats whose ranges are drawn under the magnitudes. */
const BAND_FORMATS = ['fp32', ...CAST_FORMATS] as const;

/** Float formats beside int8: cast errors, where the data sits against each format's range, and the bits of one value. */
export function FormatsPanel() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const generation = useAnalysis((a) => a.generation);
  const streamed = useAnalysis((a) => a.summary?.streamed ?? false);
  const bits = useScene((s) => s.spec.bits);
  const own = useErrorView();
  const key = streamed ? 'off' : `formats:${generation}`;
  const { result, current } = useWorkerResult(key, () =>
    streamed ? Promise.resolve(null) : quantWorker.latest('floatFormats', key, 'floatFormats'),
  );
  const fp16 = floatFormatInfo('fp16');
  const bf16 = floatFormatInfo('bf16');
  return (
    <section className="panel" ref={box} data-testid="formats.panel" data-current={current}>
      <h2>{t('formats.heading')}</h2>
      {result && own && (
        <>
          <FormatCards
            int8={{
              id: 'int',
              label: t('formats.int', { bits }),
              mse: own.stats.mse,
              maxAbs: own.stats.maxAbsError,
              maxRel: null,
              overflow: own.stats.clipped,
              underflow: null,
              subnormal: null,
            }}
            casts={result.casts}
            names={[...CAST_FORMATS]}
          />
          <h3>{t('formats.bands')}</h3>
          <RangeBands log2Abs={result.log2Abs} formats={BAND_FORMATS} width={width - 8} />
        </>
      )}
      <h3>{t('formats.bitsHeading')}</h3>
      <BitLayoutWidget />
      <p className="hint" data-testid="formats.facts">
        {t('formats.facts', {
          fp16Min: formatSig(fp16.minSubnormal),
          fp16Max: fp16.maxFinite,
          bf16Min: formatSig(bf16.minNormal),
          bf16Max: formatSig(bf16.maxFinite),
        })}
      </p>
    </section>
  );
}
