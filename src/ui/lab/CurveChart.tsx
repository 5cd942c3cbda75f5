import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSig } from '../format';
import { CURVE_MARGIN as M, curvePath, curveScales } from './labGeometry';

interface Props {
  curve: { x: Float32Array; y: Float32Array };
  minimum: { x: number; y: number } | null;
  width: number;
  height: number;
}

/** The activation function's curve with its minimum marked. */
export const CurveChart = memo(function CurveChart({ curve, minimum, width, height }: Props) {
  const { t } = useTranslation();
  const { x, y } = curveScales(curve, width, height);
  return (
    <svg width={width} height={height} className="curve" data-testid="lab.curve" role="img" aria-label={t('lab.curve')}>
      <line className="guide" x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} />
      <line className="guide" x1={x(0)} x2={x(0)} y1={M.top} y2={height - M.bottom} />
      <path className="steps" d={curvePath(curve, x, y)} />
      {y.ticks(4).map((v) => (
        <text key={v} className="tick" x={M.left - 5} y={y(v)} dy="0.32em" textAnchor="end">
          {formatSig(v)}
        </text>
      ))}
      {x.ticks(6).map((v) => (
        <text key={v} className="tick" x={x(v)} y={height - M.bottom + 15} textAnchor="middle">
          {formatSig(v)}
        </text>
      ))}
      {minimum && (
        <g data-testid="lab.minimum">
          <circle className="zero-point" cx={x(minimum.x)} cy={y(minimum.y)} r={4} />
          <text className="zero-label" x={x(minimum.x) + 6} y={y(minimum.y) + 16}>
            {t('lab.minimum', { y: minimum.y.toFixed(4), x: minimum.x.toFixed(4) })}
          </text>
        </g>
      )}
    </svg>
  );
});
