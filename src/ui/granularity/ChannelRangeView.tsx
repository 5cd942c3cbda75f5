import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../core/math';
import { formatSig } from '../format';
import { ValueGuides } from '../ValueGuides';
import { CHANNEL_CHART_HEIGHT as HEIGHT, CHANNEL_CHART_MARGIN as M, channelScales, columnHolds, type Column } from './channelColumns';

interface Props {
  /** Bars to draw, left to right (see channelColumns). */
  columns: Column[];
  /** Channel order the columns were made from (indices into the tensor's channels). */
  order: number[];
  /** The per-tensor range, drawn across every channel. */
  tensorRange: Range;
  width: number;
  selected: number | null;
  onSelect(channel: number): void;
}

/** One bar per channel (or per group of neighbouring channels) from min to max; the per-tensor range dashed; a click selects a channel. */
export const ChannelRangeView = memo(function ChannelRangeView({ columns, order, tensorRange, width, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { x, y, barWidth } = channelScales(columns, tensorRange, width);
  const [y0, y1] = y.domain();
  // The bars do not follow the per-tensor range: the same elements are reused while a handle moves.
  const bars = useMemo(
    () =>
      columns.map((col, i) => {
        const c = order[col.first];
        return (
          <rect
            key={col.first}
            x={x(i)}
            width={barWidth}
            y={y(col.max)}
            height={Math.max(1, y(col.min) - y(col.max))}
            className={columnHolds(col, order, selected) ? 'range-bar selected' : 'range-bar'}
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
    [columns, order, width, y0, y1, barWidth, selected, onSelect, t],
  );
  return (
    <svg width={width} height={HEIGHT} className="channel-ranges" data-testid="gran.chart" role="img" aria-label={t('gran.chart')}>
      <ValueGuides values={y.ticks(5)} y={y} left={M.left} right={width - M.right} gap={5} lineClass="guide" />
      {bars}
      {[tensorRange.min, tensorRange.max].map((v, i) => (
        <line key={i} className="tensor-range" x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} />
      ))}
      <text className="tick" x={width - M.right} y={HEIGHT - 6} textAnchor="end">
        {t('gran.channelAxis')}
      </text>
    </svg>
  );
});
