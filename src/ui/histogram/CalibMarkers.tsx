import { methodId, methodStyle } from '../../state/calibrators';
import type { CalibrationRow } from '../../worker/api';
import { methodShortLabel } from '../calibration/methodLabel';

interface Props {
  rows: CalibrationRow[];
  x: (v: number) => number;
  top: number;
  bottom: number;
  /** Top of the label lane under the axis, and its number of rows. */
  laneTop: number;
  laneRows: number;
  /** Horizontal pixel extent of the plot. */
  left: number;
  right: number;
}

const ROW_HEIGHT = 15;
const CHAR_WIDTH = 7; // px per character of the 12 px label font, for overlap avoidance

/** Each calibrator's range as dashed lines through the plot; upper ends labelled in a lane under the axis (a label with no free room is left out: the table names every method). */
export function CalibMarkers({ rows, x, top, bottom, laneTop, laneRows, left, right }: Props) {
  const marks = rows
    .flatMap((r) => {
      const symmetric = r.range.min === -r.range.max;
      const ends = symmetric ? [r.range.max] : [r.range.min, r.range.max];
      return ends.map((v, i) => ({ row: r, px: x(v), id: `${methodId(r.method)}.${symmetric || i === 1 ? 'hi' : 'lo'}` }));
    })
    .filter((m) => m.px >= left && m.px <= right)
    .sort((a, b) => a.px - b.px);
  const laneEnds = new Array<number>(laneRows).fill(-Infinity);
  const placed = marks.map((m) => {
    if (m.id.endsWith('.lo')) return { ...m, label: null, lane: -1 };
    const label = methodShortLabel(m.row.method);
    const width = label.length * CHAR_WIDTH;
    const start = m.px - width / 2;
    const lane = laneEnds.findIndex((end) => end < start - 4);
    if (lane >= 0) laneEnds[lane] = start + width;
    return { ...m, label: lane >= 0 ? label : null, lane };
  });
  return (
    <g className="calib-markers" data-testid="calib.markers">
      {placed.map((m) => {
        const { color, dash } = methodStyle(m.row.method);
        return (
          <g key={m.id} data-testid={`calib.marker.${m.id}`} data-x={m.px.toFixed(1)}>
            <line x1={m.px} x2={m.px} y1={top} y2={bottom} stroke={color} strokeWidth={2} strokeDasharray={dash} />
            {m.label && (
              <>
                <line x1={m.px} x2={m.px} y1={bottom} y2={laneTop + m.lane * ROW_HEIGHT + 3} stroke={color} strokeOpacity={0.5} />
                <text x={m.px} y={laneTop + m.lane * ROW_HEIGHT + 12} textAnchor="middle" fill={color} className="calib-label">
                  {m.label}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}
