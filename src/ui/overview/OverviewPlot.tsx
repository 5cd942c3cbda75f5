import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSig } from '../format';
import { ValueGuides } from '../ValueGuides';
import { layerTickEvery, plotMargin, yScale } from './plotScale';

/** One tensor on the plot, in layer order; `value` null when the metric does not apply to it. */
export interface PlotPoint {
  name: string;
  value: number | null;
  estimated: boolean;
}

interface Props {
  points: readonly PlotPoint[];
  metricLabel: string;
  log: boolean;
  width: number;
  height: number;
  /** Chart text size in px. */
  font: number;
  /** Name of the tensor shown in the explorer (ringed). */
  selected: string | null;
  onPick(name: string): void;
}

/** One point per tensor along the layer order (numbered from 1, so no "0" sits under a log axis), any statistic on the y axis (log or linear); hover names it, a click opens it. */
export function OverviewPlot({ points, metricLabel, log, width, height, font, selected, onPick }: Props) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<number | null>(null);
  // the ticks depend on the values only (not on the pixel rows), so the left margin can fit their widest label
  const rows = plotMargin(font);
  const { y, ticks, drawable } = yScale(
    points.map((p) => p.value),
    log,
    rows.top,
    height - rows.bottom,
  );
  const M = plotMargin(
    font,
    ticks.map((v) => formatSig(v)),
  );
  const n = points.length;
  const x = (i: number): number => M.left + (n > 1 ? (i / (n - 1)) * (width - M.left - M.right) : (width - M.left - M.right) / 2);
  const skipped = points.filter((p) => !drawable(p.value)).length;
  const every = layerTickEvery(n, width - M.left - M.right, font);
  const h = hover !== null && drawable(points[hover]?.value ?? null) ? hover : null;
  const labelLeft = h !== null && x(h) > width / 2;
  return (
    <svg
      width={width}
      height={height}
      className="overview-plot"
      data-testid="overview.plot"
      role="img"
      aria-label={t('overview.plotLabel', { metric: metricLabel })}
      style={{ fontSize: font }}
    >
      <ValueGuides values={ticks} y={y} left={M.left} right={width - M.right} gap={6} lineClass="grid" />
      {points.map((_, i) =>
        i === 0 || (i + 1) % every === 0 ? (
          <text key={i} className="tick" x={x(i)} y={height - M.bottom + font + 2} textAnchor="middle">
            {i + 1}
          </text>
        ) : null,
      )}
      <text className="axis-label" x={width - M.right} y={height - 4} textAnchor="end">
        {t('overview.layerAxis')}
        {skipped > 0 ? ` · ${t('overview.notPlotted', { count: skipped })}` : ''}
      </text>
      <text className="axis-label" x={M.left} y={M.top - 6}>
        {metricLabel}
      </text>
      {points.map((p, i) =>
        drawable(p.value) ? (
          <circle
            key={p.name}
            className={`ov-point${p.estimated ? ' ov-estimated' : ''}${p.name === selected ? ' ov-selected' : ''}`}
            data-testid="overview.point"
            data-name={p.name}
            cx={x(i).toFixed(1)}
            cy={y(p.value).toFixed(1)}
            r={p.name === selected || i === h ? 5 : 3.5}
            onMouseEnter={() => setHover(i)}
            onMouseLeave={() => setHover(null)}
            onClick={() => onPick(p.name)}
          >
            <title>{`${p.name}: ${formatSig(p.value)}`}</title>
          </circle>
        ) : null,
      )}
      {h !== null && (
        <text
          className="ov-hover"
          data-testid="overview.hover"
          x={x(h) + (labelLeft ? -8 : 8)}
          y={Math.max(M.top + 10, y(points[h].value ?? 0) - 8)}
          textAnchor={labelLeft ? 'end' : 'start'}
        >
          {`${points[h].name} = ${formatSig(points[h].value ?? 0)}`}
        </text>
      )}
    </svg>
  );
}
