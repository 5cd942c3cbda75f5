import type { ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3';

/** Margins of the model lab's charts (px). */
export const MARGIN = { top: 14, right: 16, bottom: 34, left: 52 };

/** Accuracy in [0, 1] as a percentage with `digits` decimals ("97.35 %"). */
export function formatAccuracy(a: number, digits = 2): string {
  return Number.isFinite(a) ? `${(a * 100).toFixed(digits)} %` : '—';
}

/** A pixel coordinate rounded to 0.1 px (stable SVG text for snapshots). */
export const px = (v: number): number => Math.round(v * 10) / 10;

/**
 * Vertical accuracy scale over [lo, 1] where lo leaves room below the smallest value (never above 0.9, so a drop
 * of a few points still reads as small), mapped onto [height − bottom, top].
 */
export function accuracyScale(values: readonly number[], height: number): ScaleLinear<number, number> {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0.9;
  const lo = Math.max(0, Math.min(0.9, Math.floor((min - 0.02) * 20) / 20));
  return scaleLinear()
    .domain([lo, 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
}

interface AxisProps {
  y: ScaleLinear<number, number>;
  width: number;
}

/** Horizontal grid lines at about `ticks` ticks labelled on the left by `format`, with the axis labels given as children. */
export function ValueAxis({
  y,
  width,
  ticks = 5,
  format = String,
  children,
}: AxisProps & { ticks?: number; format?: (v: number) => string; children?: ReactNode }) {
  return (
    <g className="model-axis">
      {y.ticks(ticks).map((v) => (
        <g key={v}>
          <line className="grid" x1={MARGIN.left} x2={width - MARGIN.right} y1={px(y(v))} y2={px(y(v))} />
          <text x={MARGIN.left - 6} y={px(y(v))} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      {children}
    </g>
  );
}

/** Horizontal grid lines with percentage ticks on the left. */
export function AccuracyAxis({ y, width }: AxisProps) {
  return <ValueAxis y={y} width={width} format={(v) => `${Math.round(v * 100)} %`} />;
}

/** A dashed horizontal reference line (e.g. FP32 accuracy) with its label above its left end. */
export function ReferenceLine({ y, value, width, label }: { y: ScaleLinear<number, number>; value: number; width: number; label: string }) {
  return (
    <g className="model-reference">
      <line x1={MARGIN.left} x2={width - MARGIN.right} y1={px(y(value))} y2={px(y(value))} />
      <text x={MARGIN.left + 4} y={px(y(value)) - 4}>
        {label}
      </text>
    </g>
  );
}
