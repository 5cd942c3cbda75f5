import { useCallback, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { rebin } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { useClipRange, useExactCodeCounts, useHandleBounds, useQuantParams } from '../../state/derived';
import { useScene } from '../../state/scene';
import type { Handle } from '../../state/range';
import { formatSig } from '../format';
import { useWidth } from '../useSize';
import { useWheel } from '../useWheel';
import { useChartFont, useWindowHeight } from '../chartFont';
import { widenedBound } from '../mapping/articleNotation';
import { useCalibrationRows } from '../calibration/useCalibrationRows';
import { histogramMargin, HistogramView } from './HistogramView';
import { displayBins, levelsInDomain, zoomDomain } from './geometry';
import { markedRows } from './markedRows';
import { useVisibleHistogram } from './useZoomHistogram';

/** Height of the plot with its axis on a screen; in presenter mode it shrinks so the error figures fit below it. */
const HEIGHT = 340;
/** Presenter mode: what the header, the panel chrome and the error figures need under a 720 px projector. */
const PRESENTER_RESERVE = 400;

/** The histogram panel's chart: reads the scene and the analysis, draws HistogramView, and its legend and grid note. */
export function HistogramChart() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const font = useChartFont();
  const windowHeight = useWindowHeight();
  const range = useClipRange();
  const { zoom, logCounts, showCodes, showCalibrators, markAll, calibrator, spec, presenter } = useScene(
    useShallow((s) => ({
      zoom: s.zoom,
      logCounts: s.logCounts,
      showCodes: s.showCodes,
      showCalibrators: s.showCalibrators && !s.hidden.includes('calibration'), // no markers without their table
      markAll: s.markAllCalibrators,
      calibrator: s.clip.kind === 'calibrator' ? s.clip.id : null,
      spec: s.spec,
      presenter: s.presenter,
    })),
  );
  const { moveHandle, setZoom } = useScene.getState();
  const { rows: calibrations, current: calibrationsCurrent } = useCalibrationRows();
  const markers = useMemo(
    () => (showCalibrators && calibrationsCurrent ? markedRows(calibrations, markAll, calibrator) : null),
    [showCalibrators, calibrationsCurrent, calibrations, markAll, calibrator],
  );
  const plotHeight = presenter ? Math.max(220, Math.min(HEIGHT, windowHeight - PRESENTER_RESERVE)) : HEIGHT;
  const bounds = useHandleBounds();
  const params = useQuantParams();
  const margin = histogramMargin(font);
  const innerWidth = width - margin.left - margin.right;
  const finite = useAnalysis((a) => a.summary?.stats.finite ?? 0);
  const bins = displayBins(innerWidth, finite);
  const visible = useVisibleHistogram(zoom, bins);
  const hist = useMemo(
    () => (visible && !zoom ? rebin(visible, Math.max(1, Math.floor(visible.counts.length / bins))) : visible),
    [visible, zoom, bins],
  );
  const exactCounts = useExactCodeCounts();
  const codeCounts = showCodes ? exactCounts : null;
  const widenedHandle = widenedBound(range, spec.mode);
  const text = useMemo(
    () => ({ title: t('hist.title'), xLabel: t('hist.xLabel'), yLabel: t('hist.yLabel'), lo: t('hist.lo'), hi: t('hist.hi') }),
    [t],
  );
  const widened = useMemo(
    () => (widenedHandle ? { handle: widenedHandle, label: t(`lecture.widenedMark.${widenedHandle}`) } : null),
    [widenedHandle, t],
  );
  const domain = zoom ?? bounds;
  const onMove = useCallback((h: Handle, v: number) => bounds && moveHandle(h, v, bounds, range), [bounds, moveHandle, range]);
  const onZoomReset = useCallback(() => setZoom(null), [setZoom]);
  useWheel(box, (event) => {
    const svg = event.target instanceof Element ? event.target.closest('svg') : null;
    if (!bounds || !domain || !svg) return false; // over the legend or the note: the page scrolls
    const at = scaleLinear()
      .domain([domain.min, domain.max])
      .range([margin.left, width - margin.right])
      .invert(event.clientX - svg.getBoundingClientRect().left);
    setZoom(zoomDomain(domain, event.deltaY < 0 ? 1 / 1.25 : 1.25, at, bounds));
    return true;
  });

  if (!bounds || !hist || !domain) return <div ref={box} className="chart-box" style={{ height: plotHeight }} />;
  const levels = levelsInDomain(params, domain, innerWidth / 4);
  const totalLevels = params.qmax - params.qmin + 1;
  return (
    <div ref={box} className="chart-box">
      <HistogramView
        width={width}
        plotHeight={plotHeight}
        font={font}
        hist={hist}
        domain={domain}
        bounds={bounds}
        range={range}
        params={params}
        logCounts={logCounts}
        codeCounts={codeCounts}
        markers={markers}
        widened={widened}
        text={text}
        onMove={onMove}
        onZoomReset={onZoomReset}
      />
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
      {widenedHandle && (
        <p className="chart-note widened-note" data-testid="hist.widened-note">
          {t(`lecture.widened.${widenedHandle}`, { beta: formatSig(range.min, 4), alpha: formatSig(range.max, 4) })}
        </p>
      )}
      <p className="chart-note" data-testid="hist.grid-note">
        {levels
          ? `${t('hist.levels')}: ${levels.length} / ${totalLevels}`
          : t('hist.gridDense', { levels: totalLevels, step: formatSig(params.scale) })}
        <span className="zoom-hint">
          {' · '}
          {t('view.zoomHint')}
        </span>
      </p>
    </div>
  );
}
