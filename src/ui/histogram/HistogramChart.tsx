import { useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { rebin, representableRange } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useClipRange, useExactCodeCounts, useHandleBounds, useQuantParams } from '../../state/derived';
import { useScene } from '../../state/scene';
import { formatSig } from '../format';
import { useWidth } from '../useSize';
import { useWheel } from '../useWheel';
import { ClipHandle } from './ClipHandle';
import { countTicks, histogramPath, levelsInDomain, maxCountIn, zoomDomain } from './geometry';
import { useVisibleHistogram } from './useZoomHistogram';
import { CodeSpikes } from './CodeSpikes';
import { CalibMarkers } from './CalibMarkers';
import { useCalibrationRows } from '../calibration/useCalibrationRows';

/** Height of the plot with its axis; the calibrators' label lane adds LANE_HEIGHT below. */
const HEIGHT = 340;
const LANE_ROWS = 3;
const LANE_HEIGHT = LANE_ROWS * 15 + 8;
const MARGIN = { top: 40, right: 24, bottom: 44, left: 64 };
/** Grid lines are drawn only when they are at least this many pixels apart. */
const MIN_LEVEL_SPACING_PX = 4;

/** The histogram with the clipping range [β, α], the clipped regions, the integer grid and the two handles. */
export function HistogramChart() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const range = useClipRange();
  const { zoom, logCounts, showCodes, showCalibrators } = useScene(
    useShallow((s) => ({
      zoom: s.zoom,
      logCounts: s.logCounts,
      showCodes: s.showCodes,
      showCalibrators: s.showCalibrators && !s.hidden.includes('calibration'), // no markers without their table
    })),
  );
  const { moveHandle, setZoom } = useScene.getState();
  const { rows: calibrations, current: calibrationsCurrent } = useCalibrationRows();
  const markers = showCalibrators && calibrationsCurrent ? calibrations : null;
  const height = HEIGHT + (showCalibrators ? LANE_HEIGHT : 0);
  const bounds = useHandleBounds();
  const params = useQuantParams();
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const finite = useAnalysis((a) => a.summary?.stats.finite ?? 0);
  // About one bar per 2 px, and no more bars than a tenth of the values (a small tensor would look like noise).
  const displayBins = Math.max(32, Math.min(Math.round(innerWidth / 2), Math.round(finite / 10)));
  const visible = useVisibleHistogram(zoom, displayBins);
  const hist = visible && !zoom ? rebin(visible, Math.max(1, Math.floor(visible.counts.length / displayBins))) : visible;
  const exactCounts = useExactCodeCounts();
  const codeCounts = showCodes ? exactCounts : null;
  useWheel(box, (event) => {
    const svg = event.target instanceof Element ? event.target.closest('svg') : null;
    if (!bounds || !svg) return false; // over the legend or the note: the page scrolls
    const domain = zoom ?? bounds;
    const left = svg.getBoundingClientRect().left;
    const at = scaleLinear()
      .domain([domain.min, domain.max])
      .range([MARGIN.left, width - MARGIN.right])
      .invert(event.clientX - left);
    setZoom(zoomDomain(domain, event.deltaY < 0 ? 1 / 1.25 : 1.25, at, bounds));
    return true;
  });

  if (!bounds || !hist) return <div ref={box} className="chart-box" style={{ height }} />;

  const domain = zoom ?? bounds;
  const x = scaleLinear()
    .domain([domain.min, domain.max])
    .range([MARGIN.left, width - MARGIN.right]);
  const base = HEIGHT - MARGIN.bottom;
  const peak = maxCountIn(hist, domain); // spikes taller than the bars are clamped: the axis must not jump at rest
  const y = logCounts
    ? scaleLog()
        .domain([0.8, peak * 1.1])
        .range([base, MARGIN.top])
        .clamp(true)
    : scaleLinear()
        .domain([0, peak * 1.05])
        .range([base, MARGIN.top])
        .clamp(true);
  const kept = representableRange(params);
  const levels = levelsInDomain(params, domain, innerWidth / MIN_LEVEL_SPACING_PX);
  const totalLevels = params.qmax - params.qmin + 1;
  const clipX0 = Math.max(x(kept.min - params.scale / 2), MARGIN.left);
  const clipX1 = Math.min(x(kept.max + params.scale / 2), width - MARGIN.right);

  return (
    <div ref={box} className="chart-box">
      <svg
        width={width}
        height={height}
        className="histogram"
        data-testid="hist.svg"
        role="img"
        aria-label={t('hist.title')}
        onDoubleClick={() => setZoom(null)}
      >
        <defs>
          <clipPath id="plot-area">
            <rect x={MARGIN.left} y={0} width={innerWidth} height={height} />
          </clipPath>
        </defs>
        <g clipPath="url(#plot-area)">
          <rect
            className="clip-region"
            data-testid="hist.clip.lo"
            x={MARGIN.left}
            y={MARGIN.top}
            width={Math.max(clipX0 - MARGIN.left, 0)}
            height={base - MARGIN.top}
          />
          <rect
            className="clip-region"
            data-testid="hist.clip.hi"
            x={clipX1}
            y={MARGIN.top}
            width={Math.max(width - MARGIN.right - clipX1, 0)}
            height={base - MARGIN.top}
          />
          {levels?.map((v) => (
            <line key={v} className="level" x1={x(v)} x2={x(v)} y1={MARGIN.top} y2={base} />
          ))}
          <path className="bars" data-testid="hist.bars" d={histogramPath(hist, x, y, base)} />
          {markers && (
            <CalibMarkers
              rows={markers}
              x={x}
              top={MARGIN.top}
              bottom={base}
              laneTop={HEIGHT}
              laneRows={LANE_ROWS}
              left={MARGIN.left}
              right={width - MARGIN.right}
            />
          )}
          {codeCounts && <CodeSpikes counts={codeCounts} params={params} x={x} y={y} base={base} domain={domain} />}
        </g>
        <g className="axis" transform={`translate(0,${base})`}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} />
          {x.ticks(Math.max(2, Math.floor(innerWidth / 90))).map((v) => (
            <g key={v} transform={`translate(${x(v)},0)`}>
              <line y2={6} />
              <text y={20} textAnchor="middle">
                {formatSig(v)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={width - MARGIN.right} y={38} textAnchor="end">
            {t('hist.xLabel')}
          </text>
        </g>
        <g className="axis" transform={`translate(${MARGIN.left},0)`}>
          {countTicks(y.domain()[1], logCounts).map((v) => (
            <g key={v} transform={`translate(0,${y(v)})`}>
              <line x2={-6} />
              <text x={-9} dy="0.32em" textAnchor="end">
                {formatSig(v)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={-MARGIN.left + 12} y={MARGIN.top - 14}>
            {t('hist.yLabel')}
          </text>
        </g>
        <ClipHandle
          handle="min"
          symbol="β"
          label={t('hist.lo')}
          value={range.min}
          bounds={bounds}
          x={x}
          top={MARGIN.top}
          bottom={base}
          onMove={(h, v) => moveHandle(h, v, bounds, range)}
        />
        <ClipHandle
          handle="max"
          symbol="α"
          label={t('hist.hi')}
          value={range.max}
          bounds={bounds}
          x={x}
          top={MARGIN.top}
          bottom={base}
          onMove={(h, v) => moveHandle(h, v, bounds, range)}
        />
      </svg>
      <ul className="legend">
        <li>
          <span className="swatch swatch-bars" />
          {t('hist.legendValues')}
        </li>
        {codeCounts && (
          <li>
            <span className="swatch swatch-codes" />
            {t('hist.legendCodes')}
          </li>
        )}
        {levels && (
          <li>
            <span className="swatch swatch-levels" />
            {t('hist.levels')}
          </li>
        )}
        <li>
          <span className="swatch swatch-clip" />
          {t('hist.clipped')}
        </li>
      </ul>
      <p className="chart-note" data-testid="hist.grid-note">
        {levels
          ? `${t('hist.levels')}: ${levels.length} / ${totalLevels}`
          : t('hist.gridDense', { levels: totalLevels, step: formatSig(params.scale) })}
        {' · '}
        {t('view.zoomHint')}
      </p>
    </div>
  );
}
