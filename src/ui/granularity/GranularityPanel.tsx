import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../NumberField';
import { useShallow } from 'zustand/react/shallow';
import type { ErrorStats } from '../../core/math';
import { exactKey, useAnalysis } from '../../state/analysis';
import { useQuantParams } from '../../state/derived';
import { useRested } from '../../state/gesture';
import { useScene } from '../../state/scene';
import { BOUNDS } from '../../state/url/bounds';
import { quantWorker } from '../../worker/client';
import { formatDb, formatSig } from '../format';
import { useWorkerResult } from '../lab/useWorkerResult';
import { useWidth } from '../useSize';
import { ChannelRangeChart } from './ChannelRangeChart';
import { ChannelDetail } from './ChannelDetail';
import { channelRangesCsv } from '../export/formats';
import { download } from '../export/svgImage';
import { defaultChannelAxis, defaultGroupSize, GROUP_SIZES } from './defaults';
import { levelSpan } from './channelColumns';

/** Per-tensor vs per-channel vs group-wise on the loaded weight tensor: channel ranges and the errors side by side. */
export function GranularityPanel() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const summary = useAnalysis((a) => a.summary);
  const generation = useAnalysis((a) => a.generation);
  const { granularity, spec } = useScene(useShallow((s) => ({ granularity: s.granularity, spec: s.spec })));
  const { setGranularity } = useScene.getState();
  const [sorted, setSorted] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const format = useAnalysis((a) => (a.loadedSource?.kind === 'sample' ? null : (a.listing?.format ?? null)));
  const shape = summary?.shape ?? [];
  const rank = Math.max(shape.length, 1);
  const axis = Math.min(granularity.axis ?? defaultChannelAxis(shape, format), rank - 1);
  const groupSize = granularity.groupSize ?? defaultGroupSize(shape[shape.length - 1] ?? 1);
  const request = { axis, groupSize, spec };
  const key = `${generation}:${JSON.stringify(request)}`;
  const enabled = rank >= 2 && !summary?.streamed;
  const {
    result,
    error,
    current: fixedCurrent,
  } = useWorkerResult(enabled ? key : 'off', () =>
    enabled ? quantWorker.latest('granularity', key, 'granularity', request) : Promise.resolve(null),
  );
  // The per-tensor row follows the range: computed once the range rests.
  const params = useQuantParams();
  const tensorKey = `${axis}:${exactKey(generation, params)}`;
  const rested = useRested({ params, key: tensorKey }, tensorKey, false); // a full pass: not on every pause of a drag
  const perTensor = useWorkerResult(enabled ? rested.key : 'off', () =>
    enabled ? quantWorker.latest('granularityPerTensor', rested.key, 'granularityPerTensor', axis, rested.params) : Promise.resolve(null),
  );
  const current = fixedCurrent && perTensor.current && rested.key === tensorKey;

  // levels per channel span hundreds of thousands of channels: summarised once per result, not on every frame
  const tensorSpan = useMemo(() => (perTensor.result ? levelSpan(perTensor.result.levels) : ''), [perTensor.result]);
  const channelSpan = useMemo(() => (result ? levelSpan(result.perChannel.levels) : ''), [result]);

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
  const tensorRow = perTensor.result;
  const rows: [string, ErrorStats, string][] = result
    ? [
        ...(tensorRow ? ([['tensor', tensorRow.total, tensorSpan]] as [string, ErrorStats, string][]) : []),
        ['channel', result.perChannel.total, channelSpan],
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
          <NumberField
            testId="gran.group"
            list="group-sizes"
            rules={BOUNDS.group}
            step={1}
            value={groupSize}
            onCommit={(g) => g !== null && setGranularity({ groupSize: g })}
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
            sorted={sorted}
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
                tensorLevels: tensorRow?.levels[selected] ?? '—',
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
                <tr
                  key={id}
                  data-testid={`gran.row.${id}`}
                  data-mse={stats.mse}
                  className={id === 'tensor' && !current ? 'stale' : undefined}
                >
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
            disabled={!tensorRow}
            onClick={() =>
              tensorRow &&
              download(
                'quantscope-channels.csv',
                channelRangesCsv(result.min, result.max, tensorRow.levels, result.perChannel.levels),
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
