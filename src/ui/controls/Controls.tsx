import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { MAX_BITS, MIN_BITS } from '../core/math';
import { SAMPLE_IDS, SAMPLE_SIZES, type SampleId } from '../samples/samples';
import { useAnalysis } from '../state/analysis';
import { isSymmetric, useScene } from '../state/scene';
import { useQuantParams } from '../state/derived';
import { formatCount } from './format';

/** The side panel: which tensor, how it is quantized, and how it is drawn. */
export function Controls() {
  const { t } = useTranslation();
  const s = useScene(useShallow((st) => st));
  const summary = useAnalysis((a) => a.summary);
  const loading = useAnalysis((a) => a.loading);
  const params = useQuantParams();
  const locked = s.spec.mode === 'symmetric';
  const onSeed = (e: ChangeEvent<HTMLInputElement>) => {
    const seed = Number(e.target.value);
    if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) s.setSample({ seed });
  };
  const onBits = (e: ChangeEvent<HTMLInputElement>) => {
    const bits = Number(e.target.value);
    if (Number.isInteger(bits) && bits >= MIN_BITS && bits <= MAX_BITS) s.setSpec({ bits });
  };

  return (
    <aside className="controls">
      <fieldset>
        <legend>{t('sample.heading')}</legend>
        <label>
          {t('sample.kind')}
          <select data-testid="sample.kind" value={s.source.id} onChange={(e) => s.setSample({ id: e.target.value as SampleId })}>
            {SAMPLE_IDS.map((id) => <option key={id} value={id}>{t(`sample.names.${id}`)}</option>)}
          </select>
        </label>
        <div className="row">
          <label>
            {t('sample.seed')}
            <input data-testid="sample.seed" type="number" min={0} max={0xffffffff} step={1} value={s.source.seed} onChange={onSeed} />
          </label>
          <label>
            {t('sample.size')}
            <select data-testid="sample.size" value={s.source.size} onChange={(e) => s.setSample({ size: Number(e.target.value) })}>
              {SAMPLE_SIZES.map((n) => <option key={n} value={n}>{formatCount(n)}</option>)}
            </select>
          </label>
        </div>
        <p className="hint" data-testid="sample.status">
          {loading ? t('sample.loading') : summary ? `[${summary.shape.join(' × ')}] · min ${summary.stats.min.toPrecision(4)} · max ${summary.stats.max.toPrecision(4)}` : ''}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('quant.heading')}</legend>
        <label className="bits">
          {t('quant.bits')} <output data-testid="quant.bits.value">{s.spec.bits}</output>
          <input data-testid="quant.bits" type="range" min={MIN_BITS} max={MAX_BITS} step={1} value={s.spec.bits} onChange={onBits} />
        </label>
        <div role="radiogroup" aria-label={t('quant.mode')} className="segmented">
          {(['symmetric', 'affine'] as const).map((mode) => (
            <label key={mode} className={s.spec.mode === mode ? 'on' : ''}>
              <input type="radio" name="mode" data-testid={`quant.mode.${mode}`} checked={s.spec.mode === mode} onChange={() => s.setSpec({ mode })} />
              {t(`quant.${mode}`)}
            </label>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" data-testid="quant.signed" checked={s.spec.signed} onChange={(e) => s.setSpec({ signed: e.target.checked })} />
          {t('quant.signed')}
        </label>
        <label className="check">
          <input type="checkbox" data-testid="quant.narrow" checked={s.spec.narrowRange} onChange={(e) => s.setSpec({ narrowRange: e.target.checked })} />
          {t('quant.narrow')}
        </label>
        <label className="check">
          <input type="checkbox" data-testid="quant.lock" checked={isSymmetric(s)} disabled={locked} onChange={(e) => s.setSymmetricLock(e.target.checked)} />
          {t('quant.lock')}
        </label>
        <p className="hint" data-testid="quant.codes">{t('quant.codes', { qmin: params.qmin, qmax: params.qmax })}</p>
        <button type="button" data-testid="quant.fit" disabled={!summary} onClick={() => summary && s.setRange({ min: summary.stats.min, max: summary.stats.max })}>
          {t('quant.fit')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('view.heading')}</legend>
        <label className="check">
          <input type="checkbox" data-testid="view.log" checked={s.logCounts} onChange={(e) => s.setLogCounts(e.target.checked)} />
          {t('view.logCounts')}
        </label>
        <label className="check">
          <input type="checkbox" data-testid="view.codes" checked={s.showCodes} onChange={(e) => s.setShowCodes(e.target.checked)} />
          {t('view.showCodes')}
        </label>
        <button type="button" data-testid="view.zoom-reset" disabled={!s.zoom} onClick={() => s.setZoom(null)}>{t('view.zoomReset')}</button>
      </fieldset>
    </aside>
  );
}
