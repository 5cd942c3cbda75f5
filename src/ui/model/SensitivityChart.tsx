import { scaleBand, scaleLinear } from 'd3';
import type { SensitivityRow } from '../../model/types';
import { MARGIN, ValueAxis, px } from './chartParts';

interface Props {
  rows: SensitivityRow[];
  /** Layer names in model order. */
  layers: string[];
  fp32: number;
  width: number;
  height: number;
  labels: { only: string; allBut: string; axis: string; aria: string };
}

/** Accuracy drop in percentage points below FP32 (negative when quantizing helped; drawn as a zero-height bar). */
const dropOf = (fp32: number, accuracy: number): number => (fp32 - accuracy) * 100;

/**
 * Per layer, the accuracy drop (points below FP32) with only that layer quantized, and with every layer but it
 * quantized: the tall "only" bar marks the layer to keep in float.
 */
export function SensitivityChart({ rows, layers, fp32, width, height, labels }: Props) {
  const drops = rows.map((r) => dropOf(fp32, r.accuracy));
  const y = scaleLinear()
    .domain([0, Math.max(1, ...drops)])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top + 16]);
  const x = scaleBand<string>()
    .domain(layers)
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.3);
  const half = x.bandwidth() / 2;
  const base = y.range()[0];
  const kinds = [
    ['only', labels.only],
    ['all-but', labels.allBut],
  ] as const;
  return (
    <svg width={width} height={height} className="model-chart" data-testid="model.sensitivity.chart" role="img" aria-label={labels.aria}>
      <ValueAxis y={y} width={width}>
        <text className="axis-label" x={MARGIN.left} y={MARGIN.top} textAnchor="start">
          {labels.axis}
        </text>
      </ValueAxis>
      <g className="legend" transform={`translate(${px(width - MARGIN.right - 260)},${MARGIN.top})`}>
        {kinds.map(([kind, label], i) => (
          <g key={kind} transform={`translate(${i * 130},0)`}>
            <rect className={`bar-${kind}`} width={10} height={10} y={-9} />
            <text x={14}>{label}</text>
          </g>
        ))}
      </g>
      {layers.map((layer) => (
        <g key={layer} data-testid={`model.sensitivity.${layer}`}>
          {kinds.map(([kind], i) => {
            const row = rows.find((r) => r.layer === layer && r.kind === kind);
            if (!row) return null;
            const drop = dropOf(fp32, row.accuracy);
            const left = (x(layer) ?? 0) + i * half;
            const top = y(Math.max(0, drop));
            return (
              <g key={kind} data-kind={kind} data-accuracy={row.accuracy}>
                <rect className={`bar-${kind}`} x={px(left)} width={px(half - 2)} y={px(top)} height={px(base - top)} />
                <text className="value" x={px(left + half / 2)} y={px(top) - 4} textAnchor="middle">
                  {drop.toFixed(2)}
                </text>
              </g>
            );
          })}
          <text className="stage-label" x={px((x(layer) ?? 0) + half)} y={base + 16} textAnchor="middle">
            {layer}
          </text>
        </g>
      ))}
    </svg>
  );
}
