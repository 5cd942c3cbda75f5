import { methodStyle } from '../../state/calibrators';
import type { CalibrationRow } from '../../worker/api';
import { methodShortLabel } from '../calibration/methodLabel';
import { charWidth } from '../chartFont';
import { calibMarks } from './calibMarks';
import { labelStart, placeLabels } from './geometry';

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
  /** Label text size in px. */
  font: number;
}

/** Height in px of one label row for `font` px text. */
export function laneRowHeight(font: number): number {
  return Math.round(font * 1.25);
}

/** Each calibrator's range as dashed lines through the plot; upper ends labelled in a lane under the axis (a label with no free room is left out: the table names every method). */
export function CalibMarkers({ rows, x, top, bottom, laneTop, laneRows, left, right, font }: Props) {
  const marks = calibMarks(rows, x, left, right);
  const labelled = marks.filter((m) => m.hi).map((m) => ({ m, label: methodShortLabel(m.row.method) }));
  const spots = labelled.map(({ m, label }) => ({ px: m.px, width: label.length * charWidth(font) + 4 }));
  const lanes = placeLabels(spots, laneRows, left, right, font / 2);
  const row = laneRowHeight(font);
  const labelOf = new Map(
    labelled.map(({ m, label }, i) => [
      m.id,
      { label, lane: lanes[i], start: labelStart(spots[i].px, spots[i].width, left, right), width: spots[i].width },
    ]),
  );
  return (
    <g className="calib-markers" data-testid="calib.markers">
      {marks.map((m) => {
        const { color, dash } = methodStyle(m.row.method);
        const l = labelOf.get(m.id);
        return (
          <g key={m.id} data-testid={`calib.marker.${m.id}`} data-x={m.px.toFixed(1)}>
            <line x1={m.px} x2={m.px} y1={top} y2={bottom} stroke={color} strokeWidth={2} strokeDasharray={dash} />
            {l && l.lane >= 0 && (
              <>
                <line x1={m.px} x2={m.px} y1={bottom} y2={laneTop + l.lane * row + 2} stroke={color} strokeOpacity={0.5} />
                <text
                  x={l.start + l.width / 2}
                  y={laneTop + l.lane * row + font}
                  textAnchor="middle"
                  fill={color}
                  className="calib-label"
                  style={{ fontSize: font }}
                >
                  {l.label}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}
