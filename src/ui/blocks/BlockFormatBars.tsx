import { scaleLinear } from 'd3';
import { formatDb, formatSig } from '../format';

/** One compared scheme as drawn: its label, kind (colour), bits per weight and error. */
export interface BarRow {
  id: string;
  label: string;
  kind: 'block' | 'int';
  bitsPerWeight: number;
  mse: number;
  sqnrDb: number;
}

const ROW = 24;
const LABEL = 190;
const TAIL = 230;

/** Horizontal SQNR bars, one per scheme, with bits per weight and MSE beside each (pure view). */
export function BlockFormatBars({
  rows,
  width,
  labels,
}: {
  rows: BarRow[];
  width: number;
  labels: { sqnr: string; bpw: string; mse: string };
}) {
  const finite = rows.map((r) => r.sqnrDb).filter(Number.isFinite);
  const top = Math.max(1, ...finite);
  const x = scaleLinear()
    .domain([0, top])
    .range([0, Math.max(40, width - LABEL - TAIL)]);
  const height = ROW * (rows.length + 1);
  return (
    <svg className="block-bars" width={width} height={height} role="img" aria-label={labels.sqnr} data-testid="blocks.bars">
      <text x={LABEL} y={14} className="axis-label">
        {labels.sqnr}
      </text>
      <text x={width - TAIL + 120} y={14} className="axis-label" textAnchor="end">
        {labels.bpw}
      </text>
      <text x={width - 8} y={14} className="axis-label" textAnchor="end">
        {labels.mse}
      </text>
      {rows.map((r, i) => {
        const y = ROW * (i + 1);
        const w = Number.isFinite(r.sqnrDb) ? x(Math.max(0, r.sqnrDb)) : x(top);
        return (
          <g key={r.id} transform={`translate(0,${y})`} data-testid={`blocks.row.${r.id}`} data-sqnr={r.sqnrDb.toFixed(3)}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end">
              {r.label}
            </text>
            <rect x={LABEL} y={4} width={Math.round(w * 10) / 10} height={ROW - 8} className={`bar bar-${r.kind}`} />
            <text x={LABEL + w + 6} y={ROW / 2 + 4}>
              {formatDb(r.sqnrDb)}
            </text>
            <text x={width - TAIL + 120} y={ROW / 2 + 4} textAnchor="end">
              {r.bitsPerWeight.toFixed(2)}
            </text>
            <text x={width - 8} y={ROW / 2 + 4} textAnchor="end">
              {formatSig(r.mse)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
