import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { sweepKey } from '../../state/modelConfig';
import { useChartFont } from '../chartFont';
import { useWidth } from '../useSize';
import { PendingNote } from './PendingNote';
import { SensitivityChart } from './SensitivityChart';

/** Section 2: accuracy drop per layer, one layer quantized at a time and all but one. */
export function SensitivitySection() {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const width = useWidth(box, 900);
  const font = useChartFont();
  const inputs = useModelLab();
  const info = useModelResults((r) => r.info);
  const sensitivity = useModelResults((r) => r.sensitivity);
  if (!info) return null;
  const current = sensitivity?.key === sweepKey(info, inputs);
  return (
    <section className="panel" ref={box} data-testid="model.sensitivity" data-current={current}>
      <h2>{t('model.sensitivity.heading')}</h2>
      <p className="hint">{t('model.sensitivity.hint')}</p>
      <PendingNote current={current} />
      {sensitivity && (
        <div className={current ? undefined : 'stale'}>
          <SensitivityChart
            rows={sensitivity.value.rows}
            layers={info.layers.map((l) => l.name)}
            fp32={info.fp32}
            width={Math.min(width - 32, 900)}
            height={240}
            font={font}
            labels={{
              only: t('model.sensitivity.only'),
              allBut: t('model.sensitivity.allBut'),
              axis: t('model.sensitivity.axis'),
              aria: t('model.sensitivity.aria'),
            }}
          />
        </div>
      )}
    </section>
  );
}
