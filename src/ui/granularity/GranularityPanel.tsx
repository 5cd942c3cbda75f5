import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ErrorStats } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useScene } from '../../state/scene';
import { BOUNDS, inBounds } from '../../state/url/bounds';
import { quantWorker } from '../../worker/client';
import { formatDb, formatSig } from '../format';
import { useWorkerResult } from '../lab/useWorkerResult';
import { useWidth } from '../useSize';
import { ChannelRangeChart } from './ChannelRangeChart';
import { ChannelDetail } from './ChannelDetail';
import { channelRangesCsv } from '../export/formats';
import { download } from '../export/svgImage';
import { defaultChannelAxis, defaultGroupSize, GROUP_SIZES } from './defaults';

/** Fewest and most levels any channel uses, "a … b". */
function levelSpan(levels: Uint32Array): string {
  let lo = Infinity;
  let hi = 0;
  for (const v of levels) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return levels.length ? `${lo} … ${hi}` : '—';
}

/** Per-tensor vs per-channel vs group-wise on the loaded weight tensor: channel ranges and the errors side by side. */
export function GranularityPanel() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const summary = useAnalysis((a) => a.summary);
  const generation = useAnalysis((a) => a.generation);
  const { granularity, spec, range } = useScene(useShallow((s) => ({ granularity: s.granularity, spec: s.spec, range: s.range })));
  const { setGranularity } = useScene.getState();
  const [sorted, setSorted] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const format = useAnalysis((a) => (a.loadedSource?.kind === 'sample' ? null : (a.listing?.format ?? null)));
  const shape = summary?.shape ?? [];
  const rank = Math.max(shape.length, 1);
  const axis = Math.min(granularity.axis ?? defaultChannelAxis(shape, format), rank - 1);
  const groupSize = granularity.groupSize ?? defaultGroupSize(shape[shape.length - 1] ?? 1);
  const request = { axis, groupSize, spec, range };
  const key = `${generation}:${JSON.stringify(request)}`;
  const enabled = rank >= 2 && !summary?.streamed;
  const { result, error, current } = useWorkerResult(enabled ? key : 'off', () =>
    enabled ? quantWorker.call('granularity', request) : Promise.resolve(null),
  );
  const order = useMemo(() => {
    if (!result) return [];
    const idx = Array.from(result.min, (_, c) => c);
    return sorted ? idx.sort((a, b) => result.max[a] - result.min[a] - (result.max[b] - result.min[b])) : idx;
  }, [result, sorted]);

  if (!summary) return null;
  if (rank < 2) {
    return (
      <section className="panel" data-testid="gran.panel">
        <h2>{t('gran.heading')}</h2>
        <p className="hint">{t('gran.oneD')}</p>
      </section>
    );
  }
  const levels = 2 ** spec.bits;
  const rows: [string, ErrorStats, string][] = result
    ? [
        ['tensor', result.perTensor.total, levelSpan(result.perTensor.levels)],
        ['channel', result.perChannel.total, levelSpan(result.perChannel.levels)],
        ...('error' in result.group
          ? []
          : ([['group', result.group.total, `${result.group.minLevels} … ${result.group.maxLevels}`]] as [string, ErrorStats, string][])),
      ]
    : [];
  return (
    <section className="panel" ref={box} data-testid="gran.panel" data-current={current}>
      <h2>{t('gran.heading')}</h2>
      <div className="lab-controls">
        <label>
          {t('gran.axis')}
          <select data-testid="gran.axis" value={axis} onChange={(e) => setGranularity({ axis: Number(e.target.value) })}>
            {summary.shape.map((d, i) => (
              <option key={i} value={i}>
                {t('gran.axisOption', { i, d })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('gran.groupSize')}
          <input
            type="number"
            list="group-sizes"
            data-testid="gran.group"
            min={BOUNDS.group.min}
            max={BOUNDS.group.max}
            step={1}
            value={groupSize}
            onChange={(e) => inBounds('group', Number(e.target.value)) && setGranularity({ groupSize: Number(e.target.value) })}
          />
          <datalist id="group-sizes">
            {GROUP_SIZES.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </label>
        <label className="check">
          <input type="checkbox" data-testid="gran.sorted" checked={sorted} onChange={(e) => setSorted(e.target.checked)} />
          {t('gran.sorted')}
        </label>
      </div>
      <p className="hint">{t('gran.layoutHint')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <ChannelRangeChart
            min={result.min}
            max={result.max}
            order={order}
            tensorRange={range}
            width={width - 8}
            selected={selected}
            onSelect={setSelected}
          />
          {selected !== null && selected < result.min.length && (
            <ChannelDetail key={`${key}:${selected}`} axis={axis} channel={selected} width={width - 8} />
          )}
          {selected !== null && selected < result.min.length && (
            <p data-testid="gran.selected">
              {t('gran.selectedChannel', {
                c: selected,
                min: formatSig(result.min[selected]),
                max: formatSig(result.max[selected]),
                tensorLevels: result.perTensor.levels[selected],
                channelLevels: result.perChannel.levels[selected],
                total: levels,
              })}
            </p>
          )}
          <table className="calib-table" data-testid="gran.table">
            <thead>
              <tr>
                <th>{t('gran.granularity')}</th>
                <th>{t('error.mse')}</th>
                <th>{t('error.sqnr')}</th>
                <th>{t('gran.levelsPerChannel', { total: levels })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, stats, span]) => (
                <tr key={id} data-testid={`gran.row.${id}`} data-mse={stats.mse}>
                  <td>{t(`gran.rows.${id}`, { g: groupSize })}</td>
                  <td className="num">{formatSig(stats.mse)}</td>
                  <td className="num">{formatDb(stats.sqnrDb)}</td>
                  <td className="num">{span}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {spec.mode === 'symmetric' && !spec.narrowRange && !('error' in result.group) && (
            <p className="hint" data-testid="gran.group-convention">
              {t('lecture.groupConvention', { q: 2 ** (spec.bits - 1) - 1, full: 2 ** (spec.bits - 1) - 0.5 })}
            </p>
          )}
          {'error' in result.group && (
            <p className="hint" data-testid="gran.group-error">
              {result.group.error}
            </p>
          )}
          <button
            type="button"
            className="export-button"
            data-testid="export.channels"
            onClick={() =>
              download(
                'quantscope-channels.csv',
                channelRangesCsv(result.min, result.max, result.perTensor.levels, result.perChannel.levels),
                'text/csv',
              )
            }
          >
            {t('export.channels')}
          </button>
        </>
      )}
    </section>
  );
}
