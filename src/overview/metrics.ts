/** The overview's statistics as named metrics (plot axis, sort keys), and the table's order and filter. */
import { hasStats, type OverviewRow, type TensorOverview } from './types';

/** Metrics a row can be sorted by or plotted. */
export const OVERVIEW_METRICS = [
  'absmax',
  'std',
  'kurtosis',
  'outliers',
  'outliersAbs',
  'zeros',
  'spread',
  'int8',
  'int8ch',
  'int4g',
  'best',
  'fp16over',
  'fp16under',
  'params',
  'mean',
  'min',
  'max',
] as const;
export type OverviewMetric = (typeof OVERVIEW_METRICS)[number];

/** Sort keys: the layer order, the name, or a metric. */
export const OVERVIEW_SORTS = ['order', 'name', ...OVERVIEW_METRICS] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** A metric's value on a row (null: not applicable to this tensor). Shares are fractions; SQNRs in dB. */
export function metricValue(r: TensorOverview, m: OverviewMetric): number | null {
  switch (m) {
    case 'absmax':
      return r.absmax;
    case 'std':
      return r.std;
    case 'kurtosis':
      return r.kurtosis;
    case 'outliers':
      return r.outlierShare;
    case 'outliersAbs':
      return r.outlierShareAbs;
    case 'zeros':
      return r.finite > 0 ? r.zeros / r.finite : 0;
    case 'spread':
      return r.channelSpread;
    case 'int8':
      return r.int8TensorSqnrDb;
    case 'int8ch':
      return r.int8ChannelSqnrDb;
    case 'int4g':
      return r.int4GroupSqnrDb;
    case 'best':
      return r.bestCalibrator.sqnrDb;
    case 'fp16over':
      return r.fp16Overflow;
    case 'fp16under':
      return r.fp16Underflow;
    case 'params':
      return r.params;
    case 'mean':
      return r.mean;
    case 'min':
      return r.min;
    case 'max':
      return r.max;
  }
}

const collator = new Intl.Collator('en', { numeric: true });

/** Names in layer order: numbers inside names compare as numbers ('layers.2' before 'layers.10'). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Rows in layer order (numeric-aware by name; safetensors headers list 'layers.10' before 'layers.2'). */
export function layerOrder<T extends { name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareNames(a.name, b.name));
}

/** Rows whose name contains every space-separated word of `filter` (case-insensitive); all rows for an empty filter. */
export function filterRows<T extends { name: string }>(rows: readonly T[], filter: string): T[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? [...rows] : rows.filter((r) => words.every((w) => r.name.toLowerCase().includes(w)));
}

/** Rows sorted by `sort` (descending when `desc`); rows without the value (errors, n/a) always go last. */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort, desc: boolean): OverviewRow[] {
  if (sort === 'order' || sort === 'name') {
    const ordered = layerOrder(rows);
    return desc ? ordered.reverse() : ordered;
  }
  const value = (r: OverviewRow): number | null => (hasStats(r) ? metricValue(r, sort) : null);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null || Number.isNaN(va) || Number.isNaN(vb)) return (va === null ? 1 : 0) - (vb === null ? 1 : 0);
    return desc ? vb - va : va - vb;
  });
}
