import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import type { QuantParams, Range } from '../../core/math';
import { formatSig } from '../format';

interface Props {
  params: QuantParams;
  /** The range the user set, marked as β and α. */
  range: Range;
  width: number;
  testId: string;
}

const HEIGHT = 200;
const M = { top: 30, right: 14, bottom: 22, left: 52 };
/** Above this many codes the steps are narrower than a pixel: draw the staircase as its outline. */
const MAX_STEPS = 512;

/** q(x) = clamp(round(x/scale) + zp, qmin, qmax) as a staircase, with β, α and the zero point marked. */
export function Staircase({ params, range, width, testId }: Props) {
  const { t } = useTranslation();
  const { scale, zeroPoint: zp, qmin, qmax } = params;
  const lo = Math.min(range.min, (qmin - zp) * scale);
  const hi = Math.max(range.max, (qmax - zp) * scale);
  const pad = (hi - lo) * 0.12;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([M.left, width - M.right]);
  const codePad = (qmax - qmin) * 0.06;
  const y = scaleLinear()
    .domain([qmin - codePad, qmax + codePad])
    .range([HEIGHT - M.bottom, M.top]);
  const [x0, x1] = x.domain();
  const steps = qmax - qmin <= MAX_STEPS;
  let d = `M${x(x0)},${y(qmin)}`;
  if (steps) {
    for (let q = qmin + 1; q <= qmax; q++) d += `H${x((q - 0.5 - zp) * scale).toFixed(2)}V${y(q).toFixed(2)}`;
  } else {
    d += `L${x((qmin - zp) * scale)},${y(qmin)}L${x((qmax - zp) * scale)},${y(qmax)}`;
  }
  d += `H${x(x1)}`;
  const zeroInside = zp >= qmin && zp <= qmax;
  return (
    <svg width={width} height={HEIGHT} className="staircase" data-testid={testId} role="img" aria-label={t('mapping.heading')}>
      <line className="guide" x1={M.left} x2={width - M.right} y1={y(qmin)} y2={y(qmin)} />
      <line className="guide" x1={M.left} x2={width - M.right} y1={y(qmax)} y2={y(qmax)} />
      <text className="tick" x={M.left - 6} y={y(qmin)} dy="0.32em" textAnchor="end">
        {qmin}
      </text>
      <text className="tick" x={M.left - 6} y={y(qmax)} dy="0.32em" textAnchor="end">
        {qmax}
      </text>
      {[range.min, range.max].map((v, i) => (
        <g key={i}>
          <line className="bound" x1={x(v)} x2={x(v)} y1={M.top} y2={HEIGHT - M.bottom} />
          <text className="bound-label" x={x(v)} y={M.top - 6} textAnchor={i === 0 ? 'start' : 'end'}>
            {i === 0 ? 'β' : 'α'} = {formatSig(v)}
          </text>
        </g>
      ))}
      <path className="steps" d={d} />
      {zeroInside && (
        <g>
          <line className="zero-line" x1={M.left} x2={x(0)} y1={y(zp)} y2={y(zp)} />
          <circle className="zero-point" cx={x(0)} cy={y(zp)} r={5} />
          <text className="zero-label" x={M.left + 4} y={y(zp) - 6}>
            {t('mapping.zeroMark', { zp })}
          </text>
        </g>
      )}
      <text className="axis-label" x={width - M.right} y={HEIGHT - 2} textAnchor="end">
        {t('mapping.xLabel')}
      </text>
      <text className="axis-label" x={4} y={12}>
        {t('mapping.yLabel')}
      </text>
    </svg>
  );
}
