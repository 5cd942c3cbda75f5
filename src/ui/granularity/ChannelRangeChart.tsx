import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../core/math';
import { formatSig } from '../format';

interface Props {
  min: Float32Array;
  max: Float32Array;
  /** Channel order to draw (indices into min/max). */
  order: number[];
  /** The per-tensor range, drawn across every channel. */
  tensorRange: Range;
  width: number;
  selected: number | null;
  onSelect(channel: number): void;
}

const HEIGHT = 220;
const M = { top: 10, right: 10, bottom: 24, left: 48 };

/** A drawn bar: channels order[first … first+count) merged into their envelope [min, max]. */
interface Column {
  first: number;
  count: number;
  min: number;
  max: number;
}

/** Channels in `order` merged into at most `columns` bars (one bar per channel when they fit), each the envelope of its channels. */
export function channelColumns(min: Float32Array, max: Float32Array, order: number[], columns: number): Column[] {
  const per = Math.max(1, Math.ceil(order.length / Math.max(1, columns)));
  const out: Column[] = [];
  for (let first = 0; first < order.length; first += per) {
    let lo = Infinity;
    let hi = -Infinity;
    const count = Math.min(per, order.length - first);
    for (let i = first; i < first + count; i++) {
      lo = Math.min(lo, min[order[i]]);
      hi = Math.max(hi, max[order[i]]);
    }
    out.push({ first, count, min: lo, max: hi });
  }
  return out;
}

/** One bar per channel (or per group of neighbouring channels when there are more than pixels) from min to max; the per-tensor range dashed; a click selects a channel. */
export function ChannelRangeChart({ min, max, order, tensorRange, width, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const fit = Math.floor((width - M.left - M.right) / 2);
  const columns = useMemo(() => channelColumns(min, max, order, fit), [min, max, order, fit]); // not per frame of a drag
  const lo = columns.reduce((m, c) => Math.min(m, c.min), tensorRange.min);
  const hi = columns.reduce((m, c) => Math.max(m, c.max), tensorRange.max);
  const x = scaleLinear()
    .domain([0, columns.length])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const w = Math.max(1, x(1) - x(0) - (columns.length > 200 ? 0 : 1));
  const [y0, y1] = y.domain();
  // The bars do not follow the per-tensor range: the same elements are reused while a handle moves.
  const bars = useMemo(
    () =>
      columns.map((col, i) => {
        const c = order[col.first];
        const holds = selected !== null && order.slice(col.first, col.first + col.count).includes(selected);
        return (
          <rect
            key={col.first}
            x={x(i)}
            width={w}
            y={y(col.max)}
            height={Math.max(1, y(col.min) - y(col.max))}
            className={holds ? 'range-bar selected' : 'range-bar'}
            onClick={() => onSelect(c)}
          >
            <title>
              {col.count === 1
                ? t('gran.channelTip', { c, min: formatSig(col.min), max: formatSig(col.max) })
                : t('gran.columnTip', { count: col.count, min: formatSig(col.min), max: formatSig(col.max) })}
            </title>
          </rect>
        );
      }),
    // x and y are rebuilt on each render; they are fixed by the columns, the width and the nice domain [y0, y1]
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, order, width, y0, y1, w, selected, onSelect, t],
  );
  return (
    <svg width={width} height={HEIGHT} className="channel-ranges" data-testid="gran.chart" role="img" aria-label={t('gran.chart')}>
      {y.ticks(5).map((v) => (
        <g key={v}>
          <line className="guide" x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} />
          <text className="tick" x={M.left - 5} y={y(v)} dy="0.32em" textAnchor="end">
            {formatSig(v)}
          </text>
        </g>
      ))}
      {bars}
      {[tensorRange.min, tensorRange.max].map((v, i) => (
        <line key={i} className="tensor-range" x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} />
      ))}
      <text className="tick" x={width - M.right} y={HEIGHT - 6} textAnchor="end">
        {t('gran.channelAxis')}
      </text>
    </svg>
  );
}
