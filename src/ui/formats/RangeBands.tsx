import { memo } from 'react';
import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { floatFormatInfo, type FloatFormatName, type Histogram } from '../../core/math';
import { histogramPath } from '../histogram/geometry';

interface Props {
  log2Abs: Histogram;
  formats: readonly FloatFormatName[];
  width: number;
}

const ROW = 18;
const M = { top: 8, right: 12, bottom: 22, left: 80 };
const PLOT = 150;

/** Where |x| sits on a log2 axis, under each format's representable range: subnormals pale, normals solid. */
export const RangeBands = memo(function RangeBands({ log2Abs, formats, width }: Props) {
  const { t } = useTranslation();
  const w = (log2Abs.hi - log2Abs.lo) / log2Abs.counts.length;
  let first = log2Abs.counts.findIndex((c) => c > 0);
  let last = log2Abs.counts.length - 1 - [...log2Abs.counts].reverse().findIndex((c) => c > 0);
  if (first < 0) [first, last] = [0, log2Abs.counts.length - 1];
  const lo = Math.max(log2Abs.lo, Math.floor(log2Abs.lo + first * w) - 12);
  const hi = Math.min(log2Abs.hi, Math.ceil(log2Abs.lo + (last + 1) * w) + 12);
  const x = scaleLinear()
    .domain([lo, hi])
    .range([M.left, width - M.right]);
  const peak = Math.max(1, ...log2Abs.counts);
  const y = scaleLinear().domain([0, peak]).range([PLOT, M.top]);
  const height = PLOT + formats.length * ROW + M.bottom + 6;
  const clampX = (v: number) => x(Math.min(Math.max(v, lo), hi));
  return (
    <svg width={width} height={height} className="range-bands" data-testid="formats.bands" role="img" aria-label={t('formats.bands')}>
      <defs>
        <clipPath id="bands-plot">
          <rect x={M.left} y={0} width={width - M.left - M.right} height={height} />
        </clipPath>
      </defs>
      <g clipPath="url(#bands-plot)">
        <path className="bars" d={histogramPath(log2Abs, x, y, PLOT)} />
      </g>
      {formats.map((f, i) => {
        const info = floatFormatInfo(f);
        const top = PLOT + 6 + i * ROW;
        return (
          <g key={f} data-testid={`formats.band.${f}`}>
            <text className="band-label" x={M.left - 6} y={top + ROW / 2} dy="0.32em" textAnchor="end">
              {t(`formats.names.${f}`)}
            </text>
            <rect
              className="band-sub"
              x={clampX(Math.log2(info.minSubnormal))}
              width={Math.max(0, clampX(Math.log2(info.minNormal)) - clampX(Math.log2(info.minSubnormal)))}
              y={top + 3}
              height={ROW - 6}
            />
            <rect
              className="band-normal"
              x={clampX(Math.log2(info.minNormal))}
              width={Math.max(0, clampX(Math.log2(info.maxFinite)) - clampX(Math.log2(info.minNormal)))}
              y={top + 3}
              height={ROW - 6}
            />
          </g>
        );
      })}
      {x.ticks(8).map((v) => (
        <text key={v} className="tick" x={x(v)} y={height - 6} textAnchor="middle">
          2^{v}
        </text>
      ))}
    </svg>
  );
});
