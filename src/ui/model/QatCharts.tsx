import { scaleLinear } from 'd3';
import {
  AccuracyAxis,
  AxisTitle,
  Legend,
  ReferenceLine,
  ValueAxis,
  accuracyScale,
  chartMargin,
  formatAccuracy,
  px,
  rowBaseline,
} from './chartParts';
import { referenceLabelPlace } from './referenceLabel';
import { textWidth } from '../chartFont';

/** One QAT run's curves: per-step training loss, and test accuracy after each epoch (epoch e at index e − 1). */
export interface QatSeries {
  id: 'recipe' | 'untuned';
  label: string;
  loss: number[];
  accuracy: number[];
}

interface LossProps {
  series: QatSeries[];
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  labels: { axis: string; steps: string; aria: string };
}

const path = (points: [number, number][]): string => points.map(([a, b], i) => `${i ? 'L' : 'M'}${px(a)},${px(b)}`).join('');

/** Training loss per step of each QAT run, on a linear scale from 0. */
export function LossChart({ series, width, height, font, labels }: LossProps) {
  const m = chartMargin(font, { title: true });
  const all = series.flatMap((s) => s.loss).filter((v) => Number.isFinite(v) && v > 0);
  const steps = Math.max(2, ...series.map((s) => s.loss.length));
  const x = scaleLinear()
    .domain([0, steps - 1])
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([0, all.length ? Math.max(...all) : 1])
    .nice()
    .range([height - m.bottom, m.top]);
  return (
    <svg
      width={width}
      height={height}
      className="model-chart"
      data-testid="model.qat.loss"
      role="img"
      aria-label={labels.aria}
      style={{ fontSize: font }}
    >
      <ValueAxis y={y} width={width} m={m} ticks={4}>
        {/* upright along the left edge, clear of the tick labels (beside the top tick it read as "0.4 loss") */}
        <AxisTitle label={labels.axis} m={m} height={height} />
        <text className="axis-label" x={width - m.right} y={px(rowBaseline(height - m.bottom, font, 0))} textAnchor="end">
          {labels.steps}
        </text>
      </ValueAxis>
      <Legend
        entries={series.map((s) => ({
          key: s.id,
          label: s.label,
          swatch: <path className={`series series-${s.id}`} d={`M0,${px(-font * 0.3)}H${font}`} />,
        }))}
        right={width - m.right}
        y={m.top - 4}
        font={font}
      />
      {series.map((s) => (
        <path key={s.id} className={`series series-${s.id}`} data-points={s.loss.length} d={path(s.loss.map((v, i) => [x(i), y(v)]))} />
      ))}
    </svg>
  );
}

interface AccuracyProps {
  series: QatSeries[];
  epochs: number;
  fp32: number;
  /** PTQ accuracy at the QAT's bit widths (where QAT starts from). */
  ptq: number | null;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  labels: { epoch: string; fp32: string; ptq: string; aria: string };
}

/** Test accuracy after each QAT epoch, from the PTQ accuracy at epoch 0, under the FP32 line. */
export function EpochAccuracyChart({ series, epochs, fp32, ptq, width, height, font, labels }: AccuracyProps) {
  const m = chartMargin(font, { rows: 2 });
  const y = accuracyScale([fp32, ...(ptq === null ? [] : [ptq]), ...series.flatMap((s) => s.accuracy)], height, m);
  const x = scaleLinear()
    .domain([0, Math.max(1, epochs)])
    .range([m.left + 10, width - m.right - 10]);
  const base = y.range()[0];
  /** Each series' points in px: the PTQ accuracy at epoch 0 (when known), then one per epoch. */
  const curves = series.map((s): [number, number][] => [
    ...(ptq === null ? [] : [[x(0), y(ptq)] as [number, number]]),
    ...s.accuracy.map((a, i): [number, number] => [x(i + 1), y(a)]),
  ]);
  const ptqLabel = `${labels.ptq} ${formatAccuracy(ptq ?? NaN)}`;
  return (
    <svg
      width={width}
      height={height}
      className="model-chart"
      data-testid="model.qat.accuracy"
      role="img"
      aria-label={labels.aria}
      style={{ fontSize: font }}
    >
      <AccuracyAxis y={y} width={width} m={m} />
      <ReferenceLine y={y} value={fp32} width={width} m={m} label={`${labels.fp32} ${formatAccuracy(fp32)}`} />
      {ptq !== null && (
        <ReferenceLine
          y={y}
          value={ptq}
          width={width}
          m={m}
          label={ptqLabel}
          place={referenceLabelPlace(curves, {
            lineY: y(ptq),
            left: m.left,
            right: width - m.right,
            width: textWidth(ptqLabel, font),
            font,
          })}
        />
      )}
      {x
        .ticks(Math.min(epochs, 10))
        .filter(Number.isInteger)
        .map((e) => (
          <text key={e} className="tick" x={px(x(e))} y={px(rowBaseline(base, font, 0))} textAnchor="middle">
            {e}
          </text>
        ))}
      <text className="axis-label" x={width - m.right} y={px(rowBaseline(base, font, 1))} textAnchor="end">
        {labels.epoch}
      </text>
      {series.map((s, k) => {
        const points = curves[k];
        return (
          <g key={s.id} className={`series-${s.id}`}>
            <path className="series" d={path(points)} />
            {points.map(([cx, cy], i) => (
              <circle key={i} cx={px(cx)} cy={px(cy)} r={4} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
