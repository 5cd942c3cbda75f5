import { memo } from 'react';
import { ValueGuides } from '../ValueGuides';
import { BARS_LAYOUT as L, channelBarScales } from './labGeometry';

interface Props {
  /** Per-channel maximum |x|, channel j at index j. */
  values: Float64Array;
  /** Channels drawn in the clip colour. */
  outliers: number[];
  width: number;
  testId: string;
  label: string;
}

/** Values marked on the log axis. */
const GUIDES = [1e-2, 1, 1e2];

/** Bars of a per-channel maximum (log scale), channel j at x = j; outlier channels in the clip colour. */
export const ChannelBars = memo(function ChannelBars({ values, outliers, width, testId, label }: Props) {
  const { x, y, barWidth } = channelBarScales(values.length, width);
  const base = L.height - L.bottom;
  return (
    <svg width={width} height={L.height} data-testid={testId} role="img" aria-label={label} className="channel-bars">
      <ValueGuides values={GUIDES} y={y} left={L.left} right={width - L.right} gap={4} lineClass="guide" />
      {Array.from(values, (v, j) => (
        <rect
          key={j}
          x={x(j)}
          width={barWidth}
          y={y(v)}
          height={Math.max(0, base - y(v))}
          className={outliers.includes(j) ? 'bar-outlier' : 'bar'}
        />
      ))}
    </svg>
  );
});
