import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { sweepKey } from '../../state/modelConfig';
import { useChartFont } from '../chartFont';
import { useWidth } from '../useSize';
import { formatAccuracy } from './chartParts';
import { keepFloatJson, selectedK } from './keepFloat';
import { PendingNote } from './PendingNote';
import { PartialChart } from './PartialChart';

/** Section 3: accuracy against k layers kept in float; the keep-in-float list (chosen on the chart or per layer), exportable as JSON. */
export function PartialSection() {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const width = useWidth(box, 900);
  const font = useChartFont();
  const inputs = useModelLab();
  const { setModelLab, toggleKeepFloat } = useModelLab.getState();
  const info = useModelResults((r) => r.info);
  const partial = useModelResults((r) => r.partial);
  const keepFloatResult = useModelResults((r) => r.keepFloat);
  if (!info) return null;
  const key = sweepKey(info, inputs);
  const current = partial?.key === key;
  const rows = partial?.value ?? [];
  const selected = selectedK(rows, inputs.keepFloat);
  const withList = keepFloatResult?.key === `${key}|${inputs.keepFloat.join('+')}` ? keepFloatResult.value : null;
  const exportList = () => {
    const blob = new Blob([keepFloatJson(inputs, info)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = t('model.exportName');
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <section className="panel" ref={box} data-testid="model.partial" data-current={current}>
      <h2>{t('model.partial.heading')}</h2>
      <p className="hint">{t('model.partial.hint')}</p>
      <PendingNote current={current} />
      {partial && (
        <div className={current ? undefined : 'stale'}>
          <PartialChart
            rows={rows}
            fp32={info.fp32}
            selected={selected}
            width={Math.min(width - 32, 900)}
            height={240}
            font={font}
            onPick={(r) => setModelLab({ keepFloat: r.float })}
            labels={{
              k: t('model.partial.k'),
              fp32: 'FP32',
              aria: t('model.partial.aria'),
              pick: (r) =>
                t('model.partial.pick', { layers: r.float.join(', ') || t('model.partial.none'), accuracy: formatAccuracy(r.accuracy) }),
            }}
          />
        </div>
      )}
      <div className="lab-controls keep-float" data-testid="model.keepfloat">
        <span>{t('model.partial.list')}:</span>
        {info.layers.map((l) => (
          <label key={l.name} className="check">
            <input
              type="checkbox"
              data-testid={`model.keepfloat.${l.name}`}
              checked={inputs.keepFloat.includes(l.name)}
              onChange={() => toggleKeepFloat(l.name)}
            />
            {l.name}
          </label>
        ))}
        <button
          type="button"
          data-testid="model.keepfloat.clear"
          disabled={!inputs.keepFloat.length}
          onClick={() => setModelLab({ keepFloat: [] })}
        >
          {t('model.partial.clear')}
        </button>
        <button type="button" data-testid="model.keepfloat.export" onClick={exportList}>
          {t('model.partial.export')}
        </button>
        {inputs.keepFloat.length > 0 && withList !== null && (
          <span className="badge badge-exact" data-testid="model.keepfloat.accuracy" data-accuracy={withList}>
            {t('model.partial.withList', { accuracy: formatAccuracy(withList) })}
          </span>
        )}
      </div>
    </section>
  );
}
