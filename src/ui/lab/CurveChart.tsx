import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { textWidth } from '../chartFont';
import { formatSig } from '../format';
import { curveMargin, curvePath, curveScales, lineHeight, placeMinimumLabel } from './labGeometry';

interface Props {
  curve: { x: Float32Array; y: Float32Array };
  minimum: { x: number; y: number } | null;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
}

/** The activation function's curve with its minimum marked and labelled (two lines) where the label covers neither the curve nor a tick. */
export const CurveChart = memo(function CurveChart({ curve, minimum, width, height, font }: Props) {
  const { t } = useTranslation();
  const M = curveMargin(font);
  const { x, y } = curveScales(curve, width, height, font);
  const plot = { left: M.left, right: width - M.right, top: M.top, bottom: height - M.bottom };
  const lines = minimum ? t('lab.minimum', { y: minimum.y.toFixed(4), x: minimum.x.toFixed(4) }).split('\n') : [];
  const labelWidth = Math.max(0, ...lines.map((l) => textWidth(l, font)));
  const point = minimum && { x: x(minimum.x), y: y(minimum.y) };
  const curvePx = Array.from(curve.x, (v, i) => ({ x: x(v), y: y(curve.y[i]) }));
  const spot = point && placeMinimumLabel(point, { width: labelWidth, lines: lines.length }, font, plot, curvePx);
  return (
    <svg
      width={width}
      height={height}
      className="curve"
      data-testid="lab.curve"
      role="img"
      aria-label={t('lab.curve')}
      style={{ fontSize: font }}
    >
      <line className="guide" x1={plot.left} x2={plot.right} y1={y(0)} y2={y(0)} />
      <line className="guide" x1={x(0)} x2={x(0)} y1={plot.top} y2={plot.bottom} />
      <path className="steps" d={curvePath(curve, x, y)} />
      {y.ticks(4).map((v) => (
        <text key={v} className="tick" x={M.left - 5} y={y(v)} dy="0.32em" textAnchor="end">
          {formatSig(v)}
        </text>
      ))}
      {x.ticks(6).map((v) => (
        <text key={v} className="tick" x={x(v)} y={plot.bottom + font + 2} textAnchor="middle">
          {formatSig(v)}
        </text>
      ))}
      {point && spot && (
        <g data-testid="lab.minimum">
          <circle className="zero-point" cx={point.x} cy={point.y} r={4} />
          {spot.leader && (
            <line
              className="leader"
              x1={Math.min(Math.max(point.x, spot.x), spot.x + labelWidth)}
              y1={spot.y + (lines.length - 1) * lineHeight(font) + font * 0.3}
              x2={point.x}
              y2={point.y}
            />
          )}
          <text className="zero-label" x={spot.x} y={spot.y}>
            {lines.map((line, i) => (
              <tspan key={i} x={spot.x} dy={i ? lineHeight(font) : 0}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </svg>
  );
});
