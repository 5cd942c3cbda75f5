import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../NumberField';
import { useShallow } from 'zustand/react/shallow';
import type { ErrorStats, QuantParams, Range } from '../../core/math';
import { methodId, methodStyle } from '../../state/calibrators';
import { useClipRange, useErrorView, useQuantParams } from '../../state/derived';
import { useAnalysis } from '../../state/analysis';
import { useScene } from '../../state/scene';
import { BOUNDS } from '../../state/url/bounds';
import { formatDb, formatPercent, formatSig } from '../format';
import { methodLabel } from './methodLabel';
import { useCalibrationRows } from './useCalibrationRows';

/** One table row: a calibrator's choice or the user's own range. */
interface Row {
  id: string;
  label: string;
  color: string;
  range: Range;
  params: QuantParams;
  stats: ErrorStats;
}

type SortKey = 'mse' | 'sqnr' | 'clipped' | 'maxAbs' | 'width';
const SORT_VALUE: Record<SortKey, (r: Row) => number> = {
  mse: (r) => r.stats.mse,
  sqnr: (r) => -r.stats.sqnrDb,
  clipped: (r) => r.stats.clipped,
  maxAbs: (r) => r.stats.maxAbsError,
  width: (r) => r.range.max - r.range.min,
};

/** The extra percentile: in (0, 100] as a link carries it, or none. */
const PERCENTILE_RULES = { ...BOUNDS.pct, optional: true };

/** Every calibrator's range, scale, zero point and exact error, sortable; a click adopts a row's range. */
export function CalibrationTable() {
  const { t } = useTranslation();
  const { rows: calRows, current } = useCalibrationRows();
  // the row in use, not the clip itself: a manual range moving under a drag does not re-render the table (the range comes deferred)
  const { inUse, customPercentile } = useScene(
    useShallow((s) => ({ inUse: s.clip.kind === 'calibrator' ? s.clip.id : 'own', customPercentile: s.customPercentile })),
  );
  const range = useClipRange();
  const { adoptCalibrator, setCustomPercentile } = useScene.getState();
  const params = useQuantParams();
  const own = useErrorView();
  const finite = useAnalysis((a) => a.summary?.stats.finite ?? 0);
  const streamed = useAnalysis((a) => a.summary?.streamed ?? false);
  const [sort, setSort] = useState<SortKey>('mse');

  const rows: Row[] = calRows.map((r) => ({
    id: methodId(r.method),
    label: methodLabel(t, r.method),
    color: methodStyle(r.method).color,
    range: r.range,
    params: r.params,
    stats: r.stats,
  }));
  if (own && inUse === 'own') rows.push({ id: 'own', label: t('calib.own'), color: '#5b6470', range, params, stats: own.stats });
  rows.sort((a, b) => SORT_VALUE[sort](a) - SORT_VALUE[sort](b));
  const best = rows.reduce<Row | null>((m, r) => (!m || r.stats.mse < m.stats.mse ? r : m), null);

  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort === key ? 'ascending' : 'none'}>
      <button type="button" data-testid={`calib.sort.${key}`} onClick={() => setSort(key)}>
        {label}
        {sort === key ? ' ▲' : ''}
      </button>
    </th>
  );

  return (
    <section className="panel calibration" data-testid="calib.panel" data-current={current}>
      <h2>
        {t('calib.heading')} {!current && <span className="badge badge-estimate">{t('calib.updating')}</span>}
      </h2>
      <p className="hint">{streamed ? t('calib.streamed') : t('calib.intro')}</p>
      <div className="table-scroll">
        <table className="calib-table">
          <thead>
            <tr>
              <th>{t('calib.method')}</th>
              {header('width', t('calib.range'))}
              <th>{t('calib.scale')}</th>
              <th>{t('calib.zeroPoint')}</th>
              {header('mse', t('error.mse'))}
              {header('sqnr', t('error.sqnr'))}
              {header('clipped', t('error.clipped'))}
              {header('maxAbs', t('error.maxAbs'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid={`calib.row.${r.id}`}
                data-mse={r.stats.mse}
                data-clipped={r.stats.clipped}
                className={[r === best ? 'best' : '', r.id === inUse ? 'in-use' : ''].join(' ')}
                aria-selected={r.id === inUse}
                tabIndex={r.id === 'own' ? -1 : 0}
                onClick={() => r.id !== 'own' && adoptCalibrator(r.id)}
                onKeyDown={(e) => r.id !== 'own' && (e.key === 'Enter' || e.key === ' ') && adoptCalibrator(r.id)}
              >
                <td>
                  <span className="swatch-line" style={{ background: r.color }} />
                  {r.label}
                  {r === best && <span className="badge badge-exact">{t('calib.best')}</span>}
                </td>
                <td className="num">
                  [{formatSig(r.range.min, 4)}, {formatSig(r.range.max, 4)}]
                </td>
                <td className="num">{formatSig(r.params.scale, 4)}</td>
                <td className="num">{r.params.zeroPoint}</td>
                <td className="num">{formatSig(r.stats.mse)}</td>
                <td className="num">{formatDb(r.stats.sqnrDb)}</td>
                <td className="num">{formatPercent(finite ? r.stats.clipped / finite : 0)}</td>
                <td className="num">{formatSig(r.stats.maxAbsError)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="inline-field">
        {t('calib.customPercentile')}
        <NumberField
          testId="calib.percentile"
          rules={PERCENTILE_RULES}
          step={0.1}
          value={customPercentile}
          onCommit={setCustomPercentile}
        />
      </label>
    </section>
  );
}
