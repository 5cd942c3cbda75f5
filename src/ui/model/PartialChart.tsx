import { scaleLinear } from 'd3';
import type { PartialRow } from '../../model/types';
import { AccuracyAxis, ReferenceLine, accuracyScale, chartMargin, formatAccuracy, px, rowBaseline } from './chartParts';

interface Props {
  rows: PartialRow[];
  fp32: number;
  /** k of the row matching the keep-in-float list, or null. */
  selected: number | null;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  onPick?: (row: PartialRow) => void;
  labels: { k: string; fp32: string; aria: string; pick: (row: PartialRow) => string };
}

/** Accuracy against k, the number of most sensitive layers kept in float; each point names the layer it adds. */
export function PartialChart({ rows, fp32, selected, width, height, font, onPick, labels }: Props) {
  const m = chartMargin(font, { rows: 2 });
  const y = accuracyScale([fp32, ...rows.map((r) => r.accuracy)], height, m);
  const kMax = Math.max(1, ...rows.map((r) => r.k));
  const x = scaleLinear()
    .domain([0, kMax])
    .range([m.left + 40, width - m.right - 40]);
  const sorted = [...rows].sort((a, b) => a.k - b.k);
  const d = sorted.map((r, i) => `${i ? 'L' : 'M'}${px(x(r.k))},${px(y(r.accuracy))}`).join('');
  const base = y.range()[0];
  return (
    <svg
      width={width}
      height={height}
      className="model-chart"
      data-testid="model.partial.chart"
      role="img"
      aria-label={labels.aria}
      style={{ fontSize: font }}
    >
      <AccuracyAxis y={y} width={width} m={m} />
      <ReferenceLine y={y} value={fp32} width={width} m={m} label={`${labels.fp32} ${formatAccuracy(fp32)}`} />
      <path className="line" d={d} />
      {sorted.map((r) => (
        <g
          key={r.k}
          className={r.k === selected ? 'point selected' : 'point'}
          data-testid={`model.partial.k${r.k}`}
          data-accuracy={r.accuracy}
          role={onPick ? 'button' : undefined}
          tabIndex={onPick ? 0 : undefined}
          aria-label={labels.pick(r)}
          onClick={onPick && (() => onPick(r))}
          onKeyDown={onPick && ((e) => (e.key === 'Enter' || e.key === ' ') && onPick(r))}
        >
          <circle cx={px(x(r.k))} cy={px(y(r.accuracy))} r={r.k === selected ? 7 : 5} />
          <text className="value" x={px(x(r.k))} y={px(y(r.accuracy)) - 10} textAnchor="middle">
            {formatAccuracy(r.accuracy, 1)}
          </text>
          <text className="stage-label" x={px(x(r.k))} y={px(rowBaseline(base, font, 0))} textAnchor="middle">
            {r.k}
          </text>
          <text className="stage-detail" x={px(x(r.k))} y={px(rowBaseline(base, font, 1))} textAnchor="middle">
            {r.k === 0 ? '' : `+${r.float[r.float.length - 1]}`}
          </text>
        </g>
      ))}
      <text className="axis-label" x={m.left - 6} y={px(rowBaseline(base, font, 0))} textAnchor="end">
        {labels.k}
      </text>
    </svg>
  );
}
