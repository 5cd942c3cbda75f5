import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hasStats } from '../../overview';
import {
  filterRows,
  layerOrder,
  metricValue,
  OVERVIEW_METRICS,
  sortRows,
  type OverviewMetric,
  type OverviewSort,
} from '../../overview/metrics';
import { overviewCsv, overviewDocument, toJson } from '../../overview/report';
import { cancelOverview, startOverview, useOverview } from '../../state/overview';
import { useScene } from '../../state/scene';
import { containerKey } from '../../state/source';
import { download } from '../export/svgImage';
import { useChartFont } from '../chartFont';
import { useWidth } from '../useSize';
import { OverviewPlot, type PlotPoint } from './OverviewPlot';
import { NAME_CHARS, OverviewTable } from './OverviewTable';
import { ColumnChooser } from './ColumnChooser';
import { visibleColumns } from './columns';
import { ScanStatus } from './ScanStatus';

const PLOT_HEIGHT = 240;

/** The Overview tab: scans the open file set in Workers and shows every tensor's statistics as a plot and a table. */
export default function OverviewPanel() {
  const { t } = useTranslation();
  const font = useChartFont();
  const { source, view, presenter } = useScene(useShallow((s) => ({ source: s.source, view: s.overview, presenter: s.presenter })));
  const { setOverview, exploreTensor } = useScene.getState();
  const { key, rows, listing } = useOverview(useShallow((o) => ({ key: o.key, rows: o.rows, listing: o.listing })));
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const wanted = source.kind === 'sample' ? null : containerKey(source);

  useEffect(() => {
    if (source.kind !== 'sample' && wanted !== key) void startOverview(source);
  }, [source, wanted, key]);

  const shown = useMemo(() => sortRows(filterRows(rows, view.filter), view.sort, view.desc), [rows, view.filter, view.sort, view.desc]);
  const points = useMemo<PlotPoint[]>(
    () =>
      layerOrder(filterRows(rows, view.filter)).map((r) => ({
        name: r.name,
        value: hasStats(r) ? metricValue(r, view.metric) : null,
        estimated: hasStats(r) && ((view.metric === 'int8' && r.estimated.includes('int8TensorSqnrDb')) || view.metric === 'best'),
      })),
    [rows, view.filter, view.metric],
  );

  if (source.kind === 'sample') {
    return (
      <section className="panel overview" data-testid="overview">
        <h2>{t('overview.title')}</h2>
        <p className="hint" data-testid="overview.nofile">
          {t('overview.noFile')}
        </p>
      </section>
    );
  }
  const selected = source.tensor || null;
  const columns = visibleColumns(view.columns, presenter);
  const onSort = (sort: OverviewSort) =>
    setOverview(sort === view.sort ? { desc: !view.desc } : { sort, desc: sort !== 'order' && sort !== 'name' });
  const meta = () => ({
    files: source.kind === 'file' ? source.files : [],
    format: listing?.format ?? '',
    missing: listing?.missing ?? [],
  });
  const base = (source.kind === 'file' ? source.files[0] : source.kind === 'model' ? source.model : 'overview').replace(/\.[^.]*$/, '');
  return (
    <section className="panel overview" data-testid="overview" ref={box}>
      <h2>{t('overview.title')}</h2>
      <p className="hint">{t('overview.intro')}</p>
      <ScanStatus onRescan={() => void startOverview(source)} onCancel={cancelOverview} />
      <div className="overview-controls">
        <label>
          {t('overview.filter')}{' '}
          <input
            type="search"
            data-testid="overview.filter"
            value={view.filter}
            placeholder={t('overview.filterPlaceholder')}
            onChange={(e) => setOverview({ filter: e.target.value })}
          />
        </label>
        <label>
          {t('overview.metric')}{' '}
          <select
            data-testid="overview.metric"
            value={view.metric}
            onChange={(e) => setOverview({ metric: e.target.value as OverviewMetric })}
          >
            {OVERVIEW_METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`overview.metrics.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" data-testid="overview.log" checked={view.log} onChange={(e) => setOverview({ log: e.target.checked })} />{' '}
          {t('overview.logScale')}
        </label>
        <ColumnChooser shown={columns.map((c) => c.id)} onChange={(chosen) => setOverview({ columns: chosen })} />
        <span className="spacer" />
        <span className="hint" data-testid="overview.shown">
          {t('overview.shown', { shown: shown.length, total: rows.length })}
        </span>
        <button
          type="button"
          data-testid="overview.csv"
          disabled={rows.length === 0}
          onClick={() => download(`${base}-overview.csv`, overviewCsv(shown), 'text/csv')}
        >
          {t('overview.exportCsv')}
        </button>
        <button
          type="button"
          data-testid="overview.json"
          disabled={rows.length === 0}
          onClick={() => download(`${base}-overview.json`, toJson(overviewDocument(meta(), rows)), 'application/json')}
        >
          {t('overview.exportJson')}
        </button>
      </div>
      {rows.length > 0 && (
        <>
          <OverviewPlot
            points={points}
            metricLabel={t(`overview.metrics.${view.metric}`)}
            log={view.log}
            width={Math.max(320, width - 32)}
            height={PLOT_HEIGHT}
            font={font}
            selected={selected}
            onPick={exploreTensor}
          />
          <OverviewTable
            rows={shown}
            columns={columns}
            nameChars={presenter ? NAME_CHARS.presenter : NAME_CHARS.screen}
            sort={view.sort}
            desc={view.desc}
            onSort={onSort}
            selected={selected}
            onPick={exploreTensor}
          />
        </>
      )}
      <p className="hint">{t('overview.estimatedNote')}</p>
      <p className="hint">{t('overview.settingsNote')}</p>
    </section>
  );
}
