import { interpolateViridis, scaleSequentialLog } from 'd3';
import { formatSig } from '../format';

const LABEL = 90;
const STRIP = 26;
const GAP = 6;

/** Colour of each bin on a log scale from the smallest positive to the largest value; zeros are grey. */
function colours(v: Float32Array): string[] {
  let lo = Infinity;
  let hi = 0;
  for (const a of v) if (a > 0) [lo, hi] = [Math.min(lo, a), Math.max(hi, a)];
  if (!(hi > 0)) return Array.from(v, () => '#888');
  const c = scaleSequentialLog(interpolateViridis).domain([lo, hi === lo ? lo * 2 : hi]);
  return Array.from(v, (a) => (a > 0 ? c(a) : '#888'));
}

/** Two heat-strips along the element order: max |x| per bin above, the largest stored step per bin below (pure view). */
export function ScaleStripView({
  valueAbsMax,
  stepMax,
  width,
  labels,
}: {
  valueAbsMax: Float32Array;
  stepMax: Float32Array;
  width: number;
  labels: { values: string; steps: string };
}) {
  const n = stepMax.length;
  const w = Math.max(1, width - LABEL - 70);
  const cell = w / Math.max(1, n);
  const rows: [string, Float32Array][] = [
    [labels.values, valueAbsMax],
    [labels.steps, stepMax],
  ];
  const max = (v: Float32Array) => v.reduce((m, a) => Math.max(m, a), 0);
  return (
    <svg className="scale-strip" width={width} height={2 * STRIP + GAP + 4} role="img" aria-label={labels.steps} data-testid="blocks.strip">
      {rows.map(([label, v], r) => {
        const fill = colours(v);
        const y = r * (STRIP + GAP);
        return (
          <g key={label} transform={`translate(0,${y})`}>
            <text x={LABEL - 6} y={STRIP / 2 + 4} textAnchor="end">
              {label}
            </text>
            {fill.map((f, i) => (
              <rect
                key={i}
                x={Math.round((LABEL + i * cell) * 10) / 10}
                y={0}
                width={Math.round((cell + 0.5) * 10) / 10}
                height={STRIP}
                fill={f}
              />
            ))}
            <text x={LABEL + w + 6} y={STRIP / 2 + 4}>
              ≤ {formatSig(max(v))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
