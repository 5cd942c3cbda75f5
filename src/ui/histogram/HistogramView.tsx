import { memo } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import type { Histogram, QuantParams, Range } from '../../core/math';
import { representableRange } from '../../core/math';
import type { Handle } from '../../state/range';
import type { CalibrationRow } from '../../worker/api';
import { formatSig, formatTickCount } from '../format';
import { charWidth } from '../chartFont';
import { CalibMarkers, laneRowHeight } from './CalibMarkers';
import { ClipHandle } from './ClipHandle';
import { countTicks, histogramPath, landingPath, landings, landingStyle, levelsInDomain, maxCountIn } from './geometry';

/** Rows of calibrator labels in the lane under the axis. */
export const LANE_ROWS = 3;
/** Grid lines are drawn only when they are at least this many pixels apart; landings as spikes from this spacing. */
const MIN_LEVEL_SPACING_PX = 4;
const MIN_SPIKE_SPACING_PX = 6;

export interface HistogramViewProps {
  width: number;
  /** Height of the plot with its axis; the calibrators' label lane adds laneHeight(font) below when markers are drawn. */
  plotHeight: number;
  /** Chart text size in px. */
  font: number;
  hist: Histogram;
  /** Visible x-interval and the handles' bounds. */
  domain: Range;
  bounds: Range;
  /** Clipping range [β, α] as set by the user. */
  range: Range;
  params: QuantParams;
  logCounts: boolean;
  /** counts[k] = values on code qmin + k, or null to draw no landings. */
  codeCounts: Float64Array | null;
  markers: CalibrationRow[] | null;
  /** The bound affine quantization moved to 0 (the range must contain 0), or null when nothing was widened. */
  widened: { handle: Handle; label: string } | null;
  text: { title: string; xLabel: string; yLabel: string; lo: string; hi: string };
  onMove?(handle: Handle, value: number): void;
  /** Back to the whole data range (double-click); the wheel zoom is the container's (a native, non-passive listener). */
  onZoomReset?(): void;
}

/** Height of the calibrators' label lane for `font` px labels. */
export function laneHeight(font: number): number {
  return LANE_ROWS * laneRowHeight(font) + 8;
}

/** Margins of the plot for `font` px text: room for five-character count labels on the left and two text rows below. */
export function histogramMargin(font: number): { top: number; right: number; bottom: number; left: number } {
  return { top: 40, right: 24, bottom: Math.round(font * 3.3), left: Math.round(charWidth(font) * 6 + 18) };
}

/** The histogram with the clipping range [β, α], the clipped regions, the integer grid, where values land and the two handles. */
export const HistogramView = memo(function HistogramView(props: HistogramViewProps) {
  const { width, plotHeight, font, hist, domain, bounds, range, params, logCounts, codeCounts, markers, widened, text } = props;
  const margin = histogramMargin(font);
  const height = plotHeight + (markers ? laneHeight(font) : 0);
  const innerWidth = width - margin.left - margin.right;
  const x = scaleLinear()
    .domain([domain.min, domain.max])
    .range([margin.left, width - margin.right]);
  const base = plotHeight - margin.bottom;
  const peak = maxCountIn(hist, domain); // spikes taller than the bars are clamped: the axis must not jump at rest
  const y = logCounts
    ? scaleLog()
        .domain([0.8, peak * 1.1])
        .range([base, margin.top])
        .clamp(true)
    : scaleLinear()
        .domain([0, peak * 1.05])
        .range([base, margin.top])
        .clamp(true);
  const kept = representableRange(params);
  const levels = levelsInDomain(params, domain, innerWidth / MIN_LEVEL_SPACING_PX);
  const clipX0 = Math.max(x(kept.min - params.scale / 2), margin.left);
  const clipX1 = Math.min(x(kept.max + params.scale / 2), width - margin.right);
  const style = landingStyle(params, x, MIN_SPIKE_SPACING_PX);
  const marks = codeCounts ? landings(codeCounts, params, domain) : null;
  const tickCount = Math.max(2, Math.floor(innerWidth / (charWidth(font) * 7 + 20)));
  const onMove = (h: Handle, v: number) => props.onMove?.(h, v);

  return (
    <svg
      width={width}
      height={height}
      className="histogram"
      data-testid="hist.svg"
      role="img"
      aria-label={text.title}
      onDoubleClick={() => props.onZoomReset?.()}
      style={{ fontSize: font }}
    >
      <defs>
        <clipPath id="plot-area">
          <rect x={margin.left} y={0} width={innerWidth} height={height} />
        </clipPath>
      </defs>
      <g clipPath="url(#plot-area)">
        <rect
          className="clip-region"
          data-testid="hist.clip.lo"
          x={margin.left}
          y={margin.top}
          width={Math.max(clipX0 - margin.left, 0)}
          height={base - margin.top}
        />
        <rect
          className="clip-region"
          data-testid="hist.clip.hi"
          x={clipX1}
          y={margin.top}
          width={Math.max(width - margin.right - clipX1, 0)}
          height={base - margin.top}
        />
        {levels?.map((v) => (
          <line key={v} className="level" x1={x(v)} x2={x(v)} y1={margin.top} y2={base} />
        ))}
        <path className="bars" data-testid="hist.bars" d={histogramPath(hist, x, y, base)} />
        {markers && (
          <CalibMarkers
            rows={markers}
            x={x}
            top={margin.top}
            bottom={base}
            laneTop={plotHeight}
            laneRows={LANE_ROWS}
            left={margin.left}
            right={width - margin.right}
            font={font}
          />
        )}
        {marks && (
          <path className={`code-${style}`} data-testid="hist.codes" data-style={style} d={landingPath(marks, params, style, x, y, base)} />
        )}
        {widened && (
          <g className="widened" data-testid="hist.widened">
            <line x1={x(0)} x2={x(0)} y1={margin.top} y2={base} />
            <text
              x={x(0) + (widened.handle === 'min' ? 4 : -4)}
              y={margin.top + font}
              textAnchor={widened.handle === 'min' ? 'start' : 'end'}
            >
              {widened.label}
            </text>
          </g>
        )}
      </g>
      <g className="axis" transform={`translate(0,${base})`}>
        <line x1={margin.left} x2={width - margin.right} />
        {x.ticks(tickCount).map((v) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            <line y2={6} />
            <text y={font + 6} textAnchor="middle">
              {formatSig(v)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={width - margin.right} y={font * 2 + 10} textAnchor="end">
          {text.xLabel}
        </text>
      </g>
      <g className="axis" transform={`translate(${margin.left},0)`}>
        {countTicks(y.domain()[1], logCounts).map((v) => (
          <g key={v} transform={`translate(0,${y(v)})`}>
            <line x2={-6} />
            <text x={-9} dy="0.32em" textAnchor="end">
              {formatTickCount(v)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={-margin.left + 4} y={margin.top - 14}>
          {text.yLabel}
        </text>
      </g>
      <ClipHandle
        handle="min"
        symbol="β"
        label={text.lo}
        value={range.min}
        bounds={bounds}
        x={x}
        top={margin.top}
        bottom={base}
        onMove={onMove}
      />
      <ClipHandle
        handle="max"
        symbol="α"
        label={text.hi}
        value={range.max}
        bounds={bounds}
        x={x}
        top={margin.top}
        bottom={base}
        onMove={onMove}
      />
    </svg>
  );
});
