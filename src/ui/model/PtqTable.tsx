import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PtqConfig } from '../../model/types';
import { configCalibrator } from '../../state/modelConfig';
import { formatAccuracy } from './chartParts';
import { barFloor, barFraction, nextOrder, sortRows, type SortOrder, type TableRow } from './tableRows';

interface Props {
  rows: TableRow[];
  fp32: number;
  /** Layer names in model order: each quantized-activation row offers them to open in the Explorer. */
  layers: string[];
  onOpen?: (config: PtqConfig, layer: string) => void;
}

/** The PTQ table: weights, activations, layers in float, accuracy and its drop from FP32; sortable by accuracy. */
export function PtqTable({ rows, fp32, layers, onOpen }: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<SortOrder>('table');
  const lo = barFloor(rows.map((r) => r.accuracy));
  const weights = (c: PtqConfig | null) =>
    c?.weights
      ? t('model.table.wBits', { bits: c.weights.bits, granularity: t(`model.granularity.${c.weights.granularity}`) })
      : t('model.table.float');
  const activations = (c: PtqConfig | null) => {
    const id = c && configCalibrator(c);
    return c?.activations && id
      ? t('model.table.aBits', {
          bits: c.activations.bits,
          method: t(`model.calibrators.${id}`),
          mode: t(`model.mode.${c.activations.mode}`),
        })
      : t('model.table.float');
  };
  return (
    <div className="table-scroll">
      <table className="calib-table model-table" data-testid="model.ptq.table">
        <thead>
          <tr>
            <th>{t('model.table.kind')}</th>
            <th>{t('model.table.weights')}</th>
            <th>{t('model.table.activations')}</th>
            <th>{t('model.table.keptFloat')}</th>
            <th aria-sort={order === 'table' ? 'none' : order === 'desc' ? 'descending' : 'ascending'}>
              <button type="button" className="sort" data-testid="model.ptq.sort" onClick={() => setOrder(nextOrder(order))}>
                {t('model.table.accuracy')} {order === 'desc' ? '▼' : order === 'asc' ? '▲' : '↕'}
              </button>
            </th>
            <th>{t('model.table.drop')}</th>
            {onOpen && <th>{t('model.table.open')}</th>}
          </tr>
        </thead>
        <tbody>
          {sortRows(rows, order).map((r) => (
            <tr
              key={r.key}
              className={r.best ? 'best' : undefined}
              data-testid={`model.ptq.row.${r.key}`}
              data-accuracy={r.accuracy}
              data-kind={r.kind}
            >
              <td>
                {t(`model.table.kinds.${r.kind}`)}
                {r.variant && <span className="tag">{t(`model.qat.variants.${r.variant}`)}</span>}
                {r.config?.gelu10 && <span className="tag">GELU10</span>}
                {r.best && <span className="badge badge-exact">{t('model.table.best')}</span>}
              </td>
              <td>{weights(r.config)}</td>
              <td>{activations(r.config)}</td>
              <td>{r.config?.float.length ? r.config.float.join(', ') : '—'}</td>
              <td className="num">
                <span className="acc-bar" style={{ width: `${(barFraction(r.accuracy, lo) * 4).toFixed(2)}rem` }} />
                {formatAccuracy(r.accuracy)}
              </td>
              <td className="num">{r.kind === 'fp32' ? '—' : ((r.accuracy - fp32) * 100).toFixed(2)}</td>
              {onOpen && (
                <td className="open-layers">
                  {r.config?.activations &&
                    layers.map((layer) => (
                      <button
                        key={layer}
                        type="button"
                        data-testid={`model.ptq.open.${r.key}.${layer}`}
                        title={t('model.table.openTitle', { layer })}
                        onClick={() => onOpen(r.config as PtqConfig, layer)}
                      >
                        {layer}
                      </button>
                    ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
