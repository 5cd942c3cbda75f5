import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateError, type Mode } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useScene } from '../../state/scene';
import { useClipRange } from '../../state/derived';
import { formatSig } from '../format';
import { useWidth } from '../useSize';
import { useChartFont } from '../chartFont';
import { Staircase } from './Staircase';
import { modeMapping } from './modeMapping';

/** Symmetric and asymmetric mappings of the same data and range, side by side, in both notations told as one story. */
export function MappingView() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 900);
  const font = useChartFont();
  const range = useClipRange();
  const spec = useScene((s) => s.spec);
  const summary = useAnalysis((a) => a.summary);
  const modes: Mode[] = ['symmetric', 'affine'];
  const columnWidth = width >= 720 ? Math.floor((width - 24) / 2) : width;

  return (
    <section className="panel mapping" ref={box} data-testid="mapping.panel">
      <h2>{t('mapping.heading')}</h2>
      {/* the range means nothing before the first tensor arrives (and is limited to what can be drawn when it does) */}
      {summary && (
        <div className="mapping-columns">
          {modes.map((mode) => {
            const { range: modeRange, params: p, notation: a } = modeMapping(range, spec, mode);
            const mse = summary ? estimateError(summary.overview, p, summary.stats).mse : NaN;
            return (
              <div key={mode} className={`mapping-column${spec.mode === mode ? ' current' : ''}`} data-testid={`mapping.${mode}`}>
                <h3>{t(`mapping.${mode}`)}</h3>
                <Staircase
                  params={p}
                  range={modeRange}
                  effective={a.widened ? a.effective : null}
                  width={columnWidth - 8}
                  font={font}
                  testId={`mapping.${mode}.staircase`}
                  text={{
                    title: t('mapping.heading'),
                    xLabel: t('mapping.xLabel'),
                    yLabel: t('mapping.yLabel'),
                    zeroMark: t('mapping.zeroMark', { zp: p.zeroPoint }),
                  }}
                />
                <p className="notation-range" data-testid={`mapping.${mode}.effective`}>
                  {t('lecture.notation.effective', { lo: formatSig(a.effective.min, 4), hi: formatSig(a.effective.max, 4) })}:{' '}
                  {t(`lecture.notation.effectiveWhy.${mode}`)}
                </p>
                <div className="notations">
                  <dl>
                    <dt>{t('mapping.article')}</dt>
                    <dd>
                      <code>{t(spec.narrowRange ? 'lecture.notation.multiplierNarrow' : 'lecture.notation.multiplier')}</code> ={' '}
                      <b data-testid={`mapping.${mode}.s`}>{formatSig(a.s, 5)}</b>
                    </dd>
                    <dd>
                      <code>{t(spec.signed ? 'lecture.notation.offset' : 'lecture.notation.offsetUnsigned')}</code> ={' '}
                      <b data-testid={`mapping.${mode}.z`}>{a.z}</b>
                    </dd>
                  </dl>
                  <dl>
                    <dt>{t('mapping.tools')}</dt>
                    <dd>
                      <code>{t('mapping.scale')}</code> = <b data-testid={`mapping.${mode}.scale`}>{formatSig(p.scale, 5)}</b>
                    </dd>
                    <dd>
                      <code>{t('mapping.zeroPoint')}</code> = <b data-testid={`mapping.${mode}.zp`}>{p.zeroPoint}</b>, q ∈ [{p.qmin},{' '}
                      {p.qmax}]
                    </dd>
                  </dl>
                  <p className="mapping-same">{t('lecture.notation.same')}</p>
                  {a.rawZOutside !== null && (
                    <p className="mapping-why" data-testid={`mapping.${mode}.raw-z`}>
                      {t('lecture.notation.rawOutside', {
                        beta: formatSig(range.min, 4),
                        alpha: formatSig(range.max, 4),
                        z: a.rawZOutside,
                        qmin: a.qmin,
                        qmax: a.qmax,
                      })}
                    </p>
                  )}
                  <p className="mapping-mse">
                    {t('mapping.mseSame')}: <b>{formatSig(mse)}</b>
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
