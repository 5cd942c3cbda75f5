import { memo } from 'react';
import type { Histogram } from '../../core/math';
import { charWidth } from '../chartFont';
import { formatSig } from '../format';
import { histogramPath } from '../histogram/geometry';
import { levelsInside, miniHistogramScales, miniMargin, tickAnchor } from './labGeometry';

interface Props {
  h: Histogram;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  testId: string;
  label: string;
  /** Grid lines to draw (real values), e.g. quantization levels. */
  levels?: number[];
  log?: boolean;
}

/** A small histogram with optional grid lines: log counts, x ticks (the end ones kept inside), no handles. */
export const MiniHistogram = memo(function MiniHistogram({ h, width, height, font, testId, label, levels = [], log = true }: Props) {
  const M = miniMargin(font);
  const { x, y, base, ticks } = miniHistogramScales(h, width, height, log, font);
  return (
    <svg
      width={width}
      height={height}
      className="mini-histogram"
      data-testid={testId}
      role="img"
      aria-label={label}
      style={{ fontSize: font }}
    >
      {levelsInside(levels, h).map((v) => (
        <line key={v} className="level" x1={x(v)} x2={x(v)} y1={M.top} y2={base} />
      ))}
      <path className="bars" d={histogramPath(h, x, y, base)} />
      <g className="axis">
        <line x1={M.left} x2={width - M.right} y1={base} y2={base} />
        {x.ticks(ticks).map((v) => {
          const text = formatSig(v);
          return (
            <text key={v} x={x(v)} y={base + font + 3} textAnchor={tickAnchor(x(v), text.length * charWidth(font), width)}>
              {text}
            </text>
          );
        })}
      </g>
    </svg>
  );
});
