import { memo } from 'react';
import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { floatFormatInfo, type FloatFormatName, type Histogram } from '../../core/math';
import { histogramPath } from '../histogram/geometry';
import { BANDS_LAYOUT, bandsHeight, formatBands, log2Window } from './bands';

interface Props {
  log2Abs: Histogram;
  formats: readonly FloatFormatName[];
  width: number;
}

const { plot: PLOT, row: ROW, margin: M } = BANDS_LAYOUT;

/** Where |x| sits on a log2 axis, under each format's representable range: subnormals pale, normals solid. */
export const RangeBands = memo(function RangeBands({ log2Abs, formats, width }: Props) {
  const { t } = useTranslation();
  const window = log2Window(log2Abs);
  const x = scaleLinear()
    .domain([window.min, window.max])
    .range([M.left, width - M.right]);
  const peak = Math.max(1, ...log2Abs.counts);
  const y = scaleLinear().domain([0, peak]).range([PLOT, M.top]);
  const height = bandsHeight(formats.length);
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
        const { subnormal, normal } = formatBands(floatFormatInfo(f), x, window);
        const top = PLOT + 6 + i * ROW;
        return (
          <g key={f} data-testid={`formats.band.${f}`}>
            <text className="band-label" x={M.left - 6} y={top + ROW / 2} dy="0.32em" textAnchor="end">
              {t(`formats.names.${f}`)}
            </text>
            <rect className="band-sub" x={subnormal.x} width={subnormal.width} y={top + 3} height={ROW - 6} />
            <rect className="band-normal" x={normal.x} width={normal.width} y={top + 3} height={ROW - 6} />
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
