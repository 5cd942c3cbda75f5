import { memo } from 'react';
import { scaleLinear } from 'd3';
import type { QuantParams, Range } from '../../core/math';
import { formatSig } from '../format';

export interface StaircaseProps {
  params: QuantParams;
  /** The range the user set, marked as β and α. */
  range: Range;
  /** The range quantization really uses when it differs from `range` (affine widening to 0), marked β′ / α′. */
  effective: Range | null;
  width: number;
  /** Chart text size in px. */
  font: number;
  testId: string;
  text: { title: string; xLabel: string; yLabel: string; zeroMark: string };
}

/** Above this many codes the steps are narrower than a pixel: draw the staircase as its outline. */
const MAX_STEPS = 512;

/** Height and margins of the staircase for `font` px text. */
export function staircaseFrame(font: number): { height: number; top: number; right: number; bottom: number; left: number } {
  return { height: 140 + font * 5, top: font * 2 + 4, right: 14, bottom: font + 10, left: Math.round(font * 0.62 * 6 + 12) };
}

/** q(x) = clamp(round(x/scale) + zp, qmin, qmax) as a staircase, with β, α (and β′, α′ when widened) and the zero point marked. */
export const Staircase = memo(function Staircase({ params, range, effective, width, font, testId, text }: StaircaseProps) {
  const M = staircaseFrame(font);
  const HEIGHT = M.height;
  const { scale, zeroPoint: zp, qmin, qmax } = params;
  const lo = Math.min(range.min, (qmin - zp) * scale);
  const hi = Math.max(range.max, (qmax - zp) * scale);
  const pad = (hi - lo) * 0.12;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([M.left, width - M.right]);
  const codePad = (qmax - qmin) * 0.06;
  const y = scaleLinear()
    .domain([qmin - codePad, qmax + codePad])
    .range([HEIGHT - M.bottom, M.top]);
  const [x0, x1] = x.domain();
  const steps = qmax - qmin <= MAX_STEPS;
  let d = `M${x(x0)},${y(qmin)}`;
  if (steps) {
    for (let q = qmin + 1; q <= qmax; q++) d += `H${x((q - 0.5 - zp) * scale).toFixed(2)}V${y(q).toFixed(2)}`;
  } else {
    d += `L${x((qmin - zp) * scale)},${y(qmin)}L${x((qmax - zp) * scale)},${y(qmax)}`;
  }
  d += `H${x(x1)}`;
  const zeroInside = zp >= qmin && zp <= qmax;
  const bounds: [string, number, 'start' | 'end', number][] = [
    ['β', range.min, 'start', M.top - 6],
    ['α', range.max, 'end', M.top - 6],
  ];
  if (effective && effective.min !== range.min) bounds.push(['β′', effective.min, 'start', M.top - 6 - font - 2]);
  if (effective && effective.max !== range.max) bounds.push(['α′', effective.max, 'end', M.top - 6 - font - 2]);
  return (
    <svg
      width={width}
      height={HEIGHT}
      className="staircase"
      data-testid={testId}
      role="img"
      aria-label={text.title}
      style={{ fontSize: font }}
    >
      <line className="guide" x1={M.left} x2={width - M.right} y1={y(qmin)} y2={y(qmin)} />
      <line className="guide" x1={M.left} x2={width - M.right} y1={y(qmax)} y2={y(qmax)} />
      <text className="tick" x={M.left - 6} y={y(qmin)} dy="0.32em" textAnchor="end">
        {qmin}
      </text>
      <text className="tick" x={M.left - 6} y={y(qmax)} dy="0.32em" textAnchor="end">
        {qmax}
      </text>
      {bounds.map(([symbol, v, anchor, labelY]) => (
        <g key={symbol} className={symbol.endsWith('′') ? 'widened' : undefined}>
          <line className="bound" x1={x(v)} x2={x(v)} y1={M.top} y2={HEIGHT - M.bottom} />
          <text className="bound-label" x={x(v)} y={labelY} textAnchor={anchor}>
            {symbol} = {formatSig(v)}
          </text>
        </g>
      ))}
      <path className="steps" d={d} />
      {zeroInside && (
        <g>
          <line className="zero-line" x1={M.left} x2={x(0)} y1={y(zp)} y2={y(zp)} />
          <circle className="zero-point" cx={x(0)} cy={y(zp)} r={5} />
          <text className="zero-label" x={M.left + 4} y={y(zp) - 6}>
            {text.zeroMark}
          </text>
        </g>
      )}
      <text className="axis-label" x={width - M.right} y={HEIGHT - 2} textAnchor="end">
        {text.xLabel}
      </text>
      <text className="axis-label" x={4} y={font}>
        {text.yLabel}
      </text>
    </svg>
  );
});
