import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateError, qparams, type Mode } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useScene } from '../../state/scene';
import { useClipRange } from '../../state/derived';
import { symmetricHull } from '../../state/range';
import { formatSig } from '../format';
import { useWidth } from '../useSize';
import { Staircase } from './Staircase';
import { articleNotation } from './articleNotation';

/** Symmetric and asymmetric mappings of the same data and range, side by side, in both notations. */
export function MappingView() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 900);
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
            const modeRange = mode === 'symmetric' ? symmetricHull(range) : range;
            const p = qparams(modeRange, { ...spec, mode });
            const article = articleNotation(modeRange, spec.bits);
            const mse = summary ? estimateError(summary.overview, p, summary.stats).mse : NaN;
            return (
              <div key={mode} className={`mapping-column${spec.mode === mode ? ' current' : ''}`} data-testid={`mapping.${mode}`}>
                <h3>{t(`mapping.${mode}`)}</h3>
                <Staircase params={p} range={modeRange} width={columnWidth - 8} testId={`mapping.${mode}.staircase`} />
                <div className="notations">
                  <dl>
                    <dt>{t('mapping.article')}</dt>
                    <dd>
                      <code>{t('mapping.multiplier')}</code> = <b data-testid={`mapping.${mode}.s`}>{formatSig(article.s, 5)}</b>
                    </dd>
                    <dd>
                      <code>{t('mapping.offset')}</code> = <b data-testid={`mapping.${mode}.z`}>{article.z}</b>
                    </dd>
                  </dl>
                  <dl>
                    <dt>{t('mapping.tools')}</dt>
                    <dd>
                      <code>{t('mapping.scale')}</code> = <b data-testid={`mapping.${mode}.scale`}>{formatSig(p.scale, 5)}</b> (1/scale ={' '}
                      {formatSig(1 / p.scale, 5)})
                    </dd>
                    <dd>
                      <code>{t('mapping.zeroPoint')}</code> = <b data-testid={`mapping.${mode}.zp`}>{p.zeroPoint}</b>, q ∈ [{p.qmin},{' '}
                      {p.qmax}]
                    </dd>
                  </dl>
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
