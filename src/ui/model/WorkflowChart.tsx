import { scaleBand } from 'd3';
import { AccuracyAxis, ReferenceLine, accuracyScale, chartMargin, formatAccuracy, px, rowBaseline } from './chartParts';

/** Why a stage has no figure yet: being computed now, queued behind the stage being computed, or not run. */
export type StageWait = 'computing' | 'queued' | 'notRun';

/** One stage of the recommended workflow and the accuracy it reached (null: see `wait`). */
export interface WorkflowStage {
  id: 'ptq' | 'sensitivity' | 'partial' | 'qat';
  label: string;
  /** What the stage did, in a few words (e.g. the layer kept in float). */
  detail: string;
  accuracy: number | null;
  /** What the chart says in place of a column while `accuracy` is null. */
  wait: StageWait;
}

interface Props {
  stages: WorkflowStage[];
  fp32: number;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  labels: Record<StageWait, string> & { fp32: string; aria: string };
}

/** The workflow PTQ → sensitivity → partial → QAT as one path: each stage's accuracy as a column, FP32 dashed above. */
export function WorkflowChart({ stages, fp32, width, height, font, labels }: Props) {
  const m = chartMargin(font, { rows: 2 });
  const y = accuracyScale([fp32, ...stages.map((s) => s.accuracy ?? fp32)], height, m);
  const x = scaleBand<string>()
    .domain(stages.map((s) => s.id))
    .range([m.left, width - m.right])
    .padding(0.35);
  const base = y.range()[0];
  return (
    <svg
      width={width}
      height={height}
      className="model-chart"
      data-testid="model.workflow"
      role="img"
      aria-label={labels.aria}
      style={{ fontSize: font }}
    >
      <AccuracyAxis y={y} width={width} m={m} />
      <ReferenceLine y={y} value={fp32} width={width} m={m} label={`${labels.fp32} ${formatAccuracy(fp32)}`} />
      {stages.map((s, i) => {
        const left = x(s.id) ?? 0;
        const mid = px(left + x.bandwidth() / 2);
        const next = stages[i + 1];
        return (
          <g key={s.id} className={`stage stage-${s.id}`} data-testid={`model.workflow.${s.id}`} data-accuracy={s.accuracy ?? ''}>
            {s.accuracy === null ? (
              <text className={`pending ${s.wait}`} x={mid} y={base - 8} textAnchor="middle">
                {labels[s.wait]}
              </text>
            ) : (
              <>
                <rect x={px(left)} width={px(x.bandwidth())} y={px(y(s.accuracy))} height={px(base - y(s.accuracy))} />
                <text className="value" x={mid} y={px(y(s.accuracy)) - 5} textAnchor="middle">
                  {formatAccuracy(s.accuracy)}
                </text>
              </>
            )}
            {next && (
              <path className="arrow" d={`M${px(left + x.bandwidth() + 4)},${px(base - 14)}H${px((x(next.id) ?? 0) - 4)}m-6,-4l6,4l-6,4`} />
            )}
            <text className="stage-label" x={mid} y={px(rowBaseline(base, font, 0))} textAnchor="middle">
              {s.label}
            </text>
            <text className="stage-detail" x={mid} y={px(rowBaseline(base, font, 1))} textAnchor="middle">
              {s.detail}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
