import { scaleLinear, scaleLog } from 'd3';
import type { Histogram } from '../../core/math';
import { formatSig } from '../format';
import { histogramPath } from '../histogram/geometry';

interface Props {
  h: Histogram;
  width: number;
  height: number;
  testId: string;
  label: string;
  /** Grid lines to draw (real values), e.g. quantization levels. */
  levels?: number[];
  log?: boolean;
}

const M = { top: 8, right: 10, bottom: 24, left: 10 };

/** A small histogram with optional grid lines: log counts, x ticks, no handles. */
export function MiniHistogram({ h, width, height, testId, label, levels = [], log = true }: Props) {
  const x = scaleLinear()
    .domain([h.lo, h.hi])
    .range([M.left, width - M.right]);
  const peak = Math.max(1, ...h.counts);
  const base = height - M.bottom;
  const y = log
    ? scaleLog()
        .domain([0.8, peak * 1.2])
        .range([base, M.top])
        .clamp(true)
    : scaleLinear().domain([0, peak]).range([base, M.top]);
  return (
    <svg width={width} height={height} className="mini-histogram" data-testid={testId} role="img" aria-label={label}>
      {levels
        .filter((v) => v >= h.lo && v <= h.hi)
        .map((v) => (
          <line key={v} className="level" x1={x(v)} x2={x(v)} y1={M.top} y2={base} />
        ))}
      <path className="bars" d={histogramPath(h, x, y, base)} />
      <g className="axis">
        <line x1={M.left} x2={width - M.right} y1={base} y2={base} />
        {x.ticks(Math.max(2, Math.floor(width / 90))).map((v) => (
          <text key={v} x={x(v)} y={base + 16} textAnchor="middle">
            {formatSig(v)}
          </text>
        ))}
      </g>
    </svg>
  );
}
