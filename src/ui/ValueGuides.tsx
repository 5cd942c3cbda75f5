import { formatSig } from './format';

interface Props {
  /** Values to mark (data units). */
  values: readonly number[];
  /** Value → vertical pixel. */
  y: (v: number) => number;
  /** Horizontal pixel extent of the lines; the labels end `gap` px left of `left`. */
  left: number;
  right: number;
  gap: number;
  /** CSS class of the lines ('guide' or 'grid'). */
  lineClass: string;
}

/** Horizontal guide lines across a chart's plot, each value labelled on the left (3 significant digits). */
export function ValueGuides({ values, y, left, right, gap, lineClass }: Props) {
  return values.map((v) => (
    <g key={v}>
      <line className={lineClass} x1={left} x2={right} y1={y(v)} y2={y(v)} />
      <text className="tick" x={left - gap} y={y(v)} dy="0.32em" textAnchor="end">
        {formatSig(v)}
      </text>
    </g>
  ));
}
