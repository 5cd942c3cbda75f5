import { scaleLinear } from 'd3';
import { AccuracyAxis, MARGIN, ReferenceLine, ValueAxis, accuracyScale, formatAccuracy, px } from './chartParts';

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
  labels: { axis: string; steps: string; aria: string };
}

const path = (points: [number, number][]): string => points.map(([a, b], i) => `${i ? 'L' : 'M'}${px(a)},${px(b)}`).join('');

/** Training loss per step of each QAT run, on a linear scale from 0. */
export function LossChart({ series, width, height, labels }: LossProps) {
  const all = series.flatMap((s) => s.loss).filter((v) => Number.isFinite(v) && v > 0);
  const steps = Math.max(2, ...series.map((s) => s.loss.length));
  const x = scaleLinear()
    .domain([0, steps - 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, all.length ? Math.max(...all) : 1])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  return (
    <svg width={width} height={height} className="model-chart" data-testid="model.qat.loss" role="img" aria-label={labels.aria}>
      <ValueAxis y={y} width={width} ticks={4}>
        <text className="axis-label" x={MARGIN.left} y={MARGIN.top - 2}>
          {labels.axis}
        </text>
        <text className="axis-label" x={width - MARGIN.right} y={height - 8} textAnchor="end">
          {labels.steps}
        </text>
      </ValueAxis>
      <g className="legend" transform={`translate(${px(width - MARGIN.right - 110 * series.length)},${MARGIN.top - 2})`}>
        {series.map((s, i) => (
          <g key={s.id} transform={`translate(${i * 110},0)`}>
            <path className={`series series-${s.id}`} d="M0,-4H16" />
            <text x={20}>{s.label}</text>
          </g>
        ))}
      </g>
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
  labels: { epoch: string; fp32: string; ptq: string; aria: string };
}

/** Test accuracy after each QAT epoch, from the PTQ accuracy at epoch 0, under the FP32 line. */
export function EpochAccuracyChart({ series, epochs, fp32, ptq, width, height, labels }: AccuracyProps) {
  const y = accuracyScale([fp32, ...(ptq === null ? [] : [ptq]), ...series.flatMap((s) => s.accuracy)], height);
  const x = scaleLinear()
    .domain([0, Math.max(1, epochs)])
    .range([MARGIN.left + 10, width - MARGIN.right - 10]);
  return (
    <svg width={width} height={height} className="model-chart" data-testid="model.qat.accuracy" role="img" aria-label={labels.aria}>
      <AccuracyAxis y={y} width={width} />
      <ReferenceLine y={y} value={fp32} width={width} label={`${labels.fp32} ${formatAccuracy(fp32)}`} />
      {ptq !== null && <ReferenceLine y={y} value={ptq} width={width} label={`${labels.ptq} ${formatAccuracy(ptq)}`} />}
      {x
        .ticks(Math.min(epochs, 10))
        .filter(Number.isInteger)
        .map((e) => (
          <text key={e} className="tick" x={px(x(e))} y={height - MARGIN.bottom + 15} textAnchor="middle">
            {e}
          </text>
        ))}
      <text className="axis-label" x={width - MARGIN.right} y={height - 6} textAnchor="end">
        {labels.epoch}
      </text>
      {series.map((s) => {
        const points: [number, number][] = s.accuracy.map((a, i) => [x(i + 1), y(a)]);
        if (ptq !== null) points.unshift([x(0), y(ptq)]);
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
