import type { ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3';
import { textWidth } from '../chartFont';
import { lineHeight, type Margin } from '../lab/labGeometry';
import type { LabelPlace } from './referenceLabel';

/**
 * Margins in px of a model-lab chart for `font` px text: one line of text above the plot, "100 %" ticks on the left
 * (and a column for an upright axis title when `title`), `rows` rows of labels under the axis (rowBaseline).
 */
export function chartMargin(font: number, { rows = 1, title = false }: { rows?: number; title?: boolean } = {}): Margin {
  return {
    top: font + 4,
    right: 16,
    bottom: Math.round(rowBaseline(0, font, rows - 1) + font * 0.3 + 4),
    left: Math.round(textWidth('100 %', font) + 10 + (title ? lineHeight(font) : 0)),
  };
}

/**
 * Baseline in px of the `row`-th row (from 0) of `font` px labels under an axis drawn at `base` px: the first clears the
 * lowest tick label (centred on `base`, 0.5 em below it with descenders) by 2 px, the next follow a line apart.
 */
export function rowBaseline(base: number, font: number, row: number): number {
  return base + font * 1.32 + 2 + row * lineHeight(font);
}

/** Accuracy in [0, 1] as a percentage with `digits` decimals ("97.35 %"). */
export function formatAccuracy(a: number, digits = 2): string {
  return Number.isFinite(a) ? `${(a * 100).toFixed(digits)} %` : '—';
}

/** A pixel coordinate rounded to 0.1 px (stable SVG text for snapshots). */
export const px = (v: number): number => Math.round(v * 10) / 10;

/**
 * Vertical accuracy scale over [lo, 1] where lo leaves room below the smallest value (never above 0.9, so a drop
 * of a few points still reads as small), mapped onto [height − m.bottom, m.top].
 */
export function accuracyScale(values: readonly number[], height: number, m: Margin): ScaleLinear<number, number> {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0.9;
  const lo = Math.max(0, Math.min(0.9, Math.floor((min - 0.02) * 20) / 20));
  return scaleLinear()
    .domain([lo, 1])
    .range([height - m.bottom, m.top]);
}

interface AxisProps {
  y: ScaleLinear<number, number>;
  width: number;
  m: Margin;
}

/** Horizontal grid lines at about `ticks` ticks labelled on the left by `format`, with the axis labels given as children. */
export function ValueAxis({
  y,
  width,
  m,
  ticks = 5,
  format = String,
  children,
}: AxisProps & { ticks?: number; format?: (v: number) => string; children?: ReactNode }) {
  return (
    <g className="model-axis">
      {y.ticks(ticks).map((v) => (
        <g key={v}>
          <line className="grid" x1={m.left} x2={width - m.right} y1={px(y(v))} y2={px(y(v))} />
          <text x={m.left - 6} y={px(y(v))} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      {children}
    </g>
  );
}

/** Horizontal grid lines with percentage ticks on the left. */
export function AccuracyAxis({ y, width, m }: AxisProps) {
  return <ValueAxis y={y} width={width} m={m} format={(v) => `${Math.round(v * 100)} %`} />;
}

/** A y-axis title standing upright along the chart's left edge, centred on the plot (the column chartMargin keeps with `title`, clear of the ticks). */
export function AxisTitle({ label, m, height }: { label: string; m: Margin; height: number }) {
  return (
    <text
      className="axis-label"
      transform={`translate(0,${px((m.top + height - m.bottom) / 2)}) rotate(-90)`}
      dy="0.95em"
      textAnchor="middle"
    >
      {label}
    </text>
  );
}

/** Left ends in px, from the legend's left end, of legend entries (a `font` px swatch, then the label) and the legend's width, for `font` px text. */
export function legendLayout(labels: readonly string[], font: number): { x: number[]; width: number } {
  const x: number[] = [];
  let at = 0;
  for (const label of labels) {
    x.push(at);
    at += font + 4 + textWidth(label, font) + font;
  }
  return { x, width: Math.max(0, at - font) };
}

/** A legend in one row ending at `right` px with its baseline at `y` px: each entry's swatch (drawn `font` px wide, baseline at 0) and label. */
export function Legend({
  entries,
  right,
  y,
  font,
}: {
  entries: { key: string; label: string; swatch: ReactNode }[];
  right: number;
  y: number;
  font: number;
}) {
  const { x, width } = legendLayout(
    entries.map((e) => e.label),
    font,
  );
  return (
    <g className="legend" transform={`translate(${px(right - width)},${px(y)})`}>
      {entries.map((e, i) => (
        <g key={e.key} transform={`translate(${px(x[i])},0)`}>
          {e.swatch}
          <text x={font + 4}>{e.label}</text>
        </g>
      ))}
    </g>
  );
}

/** A dashed horizontal reference line (e.g. FP32 accuracy) with its label above its left end, or at `place`. */
export function ReferenceLine({ y, value, width, m, label, place }: AxisProps & { value: number; label: string; place?: LabelPlace }) {
  const at = place ?? { x: m.left + 4, y: y(value) - 4, anchor: 'start' };
  return (
    <g className="model-reference">
      <line x1={m.left} x2={width - m.right} y1={px(y(value))} y2={px(y(value))} />
      <text x={px(at.x)} y={px(at.y)} textAnchor={at.anchor === 'end' ? 'end' : undefined}>
        {label}
      </text>
    </g>
  );
}
