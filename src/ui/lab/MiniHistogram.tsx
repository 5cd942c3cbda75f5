import { memo } from 'react';
import type { Histogram } from '../../core/math';
import { formatSig } from '../format';
import { histogramPath } from '../histogram/geometry';
import { levelsInside, MINI_MARGIN as M, miniHistogramScales } from './labGeometry';

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

/** A small histogram with optional grid lines: log counts, x ticks, no handles. */
export const MiniHistogram = memo(function MiniHistogram({ h, width, height, testId, label, levels = [], log = true }: Props) {
  const { x, y, base, ticks } = miniHistogramScales(h, width, height, log);
  return (
    <svg width={width} height={height} className="mini-histogram" data-testid={testId} role="img" aria-label={label}>
      {levelsInside(levels, h).map((v) => (
        <line key={v} className="level" x1={x(v)} x2={x(v)} y1={M.top} y2={base} />
      ))}
      <path className="bars" d={histogramPath(h, x, y, base)} />
      <g className="axis">
        <line x1={M.left} x2={width - M.right} y1={base} y2={base} />
        {x.ticks(ticks).map((v) => (
          <text key={v} x={x(v)} y={base + 16} textAnchor="middle">
            {formatSig(v)}
          </text>
        ))}
      </g>
    </svg>
  );
});
