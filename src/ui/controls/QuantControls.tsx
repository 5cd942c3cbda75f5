import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { MAX_BITS, MIN_BITS } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useQuantParams } from '../../state/derived';
import { isSymmetric, useScene } from '../../state/scene';
import { Check } from './Check';

/** Bits, mapping, signedness, narrow range, the symmetric lock, and "fit to data"; `bitsOnly` for the labs, whose rows set the rest. */
export function QuantControls({ bitsOnly = false }: { bitsOnly?: boolean }) {
  const { t } = useTranslation();
  const { spec, symmetricLock } = useScene(useShallow((s) => ({ spec: s.spec, symmetricLock: s.symmetricLock })));
  const { setSpec, setSymmetricLock, adoptCalibrator } = useScene.getState();
  const stats = useAnalysis((a) => a.summary?.stats);
  const params = useQuantParams();
  const onBits = (e: ChangeEvent<HTMLInputElement>) => {
    const bits = Number(e.target.value);
    if (Number.isInteger(bits) && bits >= MIN_BITS && bits <= MAX_BITS) setSpec({ bits });
  };
  return (
    <fieldset>
      <legend>{t('quant.heading')}</legend>
      <label className="bits">
        {t('quant.bits')} <output data-testid="quant.bits.value">{spec.bits}</output>
        <input data-testid="quant.bits" type="range" min={MIN_BITS} max={MAX_BITS} step={1} value={spec.bits} onChange={onBits} />
      </label>
      {!bitsOnly && (
        <>
          <div role="radiogroup" aria-label={t('quant.mode')} className="segmented">
            {(['symmetric', 'affine'] as const).map((mode) => (
              <label key={mode} className={spec.mode === mode ? 'on' : ''}>
                <input
                  type="radio"
                  name="mode"
                  data-testid={`quant.mode.${mode}`}
                  checked={spec.mode === mode}
                  onChange={() => setSpec({ mode })}
                />
                {t(`quant.${mode}`)}
              </label>
            ))}
          </div>
          <Check testId="quant.signed" checked={spec.signed} onChange={(signed) => setSpec({ signed })}>
            {t('quant.signed')}
          </Check>
          <Check testId="quant.narrow" checked={spec.narrowRange} onChange={(narrowRange) => setSpec({ narrowRange })}>
            {t('quant.narrow')}
          </Check>
          <Check
            testId="quant.lock"
            checked={isSymmetric({ spec, symmetricLock })}
            disabled={spec.mode === 'symmetric'}
            onChange={setSymmetricLock}
          >
            {t('quant.lock')}
          </Check>
          <p className="hint" data-testid="quant.codes">
            {t('quant.codes', { qmin: params.qmin, qmax: params.qmax })}
          </p>
          <button type="button" data-testid="quant.fit" disabled={!stats} onClick={() => adoptCalibrator('max')}>
            {t('quant.fit')}
          </button>
        </>
      )}
    </fieldset>
  );
}
