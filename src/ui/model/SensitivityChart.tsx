import { scaleBand, scaleLinear } from 'd3';
import type { SensitivityRow } from '../../model/types';
import { lineHeight } from '../lab/labGeometry';
import { AxisTitle, Legend, ValueAxis, chartMargin, px, rowBaseline } from './chartParts';

interface Props {
  rows: SensitivityRow[];
  /** Layer names in model order. */
  layers: string[];
  fp32: number;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  labels: { only: string; allBut: string; axis: string; aria: string };
}

/** Accuracy drop in percentage points below FP32 (negative when quantizing helped; drawn as a zero-height bar). */
const dropOf = (fp32: number, accuracy: number): number => (fp32 - accuracy) * 100;

/**
 * Per layer, the accuracy drop (points below FP32) with only that layer quantized, and with every layer but it
 * quantized: the tall "only" bar marks the layer to keep in float.
 */
export function SensitivityChart({ rows, layers, fp32, width, height, font, labels }: Props) {
  const m = chartMargin(font, { title: true });
  const drops = rows.map((r) => dropOf(fp32, r.accuracy));
  // a line below the legend, so the value above the tallest bar stays under it
  const y = scaleLinear()
    .domain([0, Math.max(1, ...drops)])
    .nice()
    .range([height - m.bottom, m.top + lineHeight(font)]);
  const x = scaleBand<string>()
    .domain(layers)
    .range([m.left, width - m.right])
    .padding(0.3);
  const half = x.bandwidth() / 2;
  const base = y.range()[0];
  const kinds = [
    ['only', labels.only],
    ['all-but', labels.allBut],
  ] as const;
  return (
    <svg
      width={width}
      height={height}
      className="model-chart"
      data-testid="model.sensitivity.chart"
      role="img"
      aria-label={labels.aria}
      style={{ fontSize: font }}
    >
      <ValueAxis y={y} width={width} m={m}>
        <AxisTitle label={labels.axis} m={m} height={height} />
      </ValueAxis>
      <Legend
        entries={kinds.map(([kind, label]) => ({
          key: kind,
          label,
          swatch: <rect className={`bar-${kind}`} width={px(font * 0.75)} height={px(font * 0.75)} y={px(-font * 0.75)} />,
        }))}
        right={width - m.right}
        y={m.top}
        font={font}
      />
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
          <text className="stage-label" x={px((x(layer) ?? 0) + half)} y={px(rowBaseline(base, font, 0))} textAnchor="middle">
            {layer}
          </text>
        </g>
      ))}
    </svg>
  );
}
