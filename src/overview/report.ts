/** The overview as a document: JSON (the `npm run overview` contract, also the UI's export) and CSV. */
import { HOLD_ELEMENTS } from './accumulator';
import { GROUP_SIZE, OUTLIER_SIGMAS, OVERVIEW_HIST_BINS } from './spec';
import { hasStats, type OverviewRow, type TensorOverview } from './types';

/** Version of the JSON document; bumped only when a field changes meaning or goes away. */
export const OVERVIEW_FORMAT_VERSION = 1;

/** What was scanned: file names as given, the detected format, and shards an index names that were absent. */
export interface OverviewMeta {
  files: string[];
  format: string;
  missing: string[];
}

/** The JSON document: settings the figures depend on, then one entry per tensor in listing order. */
export function overviewDocument(meta: OverviewMeta, rows: readonly OverviewRow[]): object {
  return {
    quantscopeOverview: OVERVIEW_FORMAT_VERSION,
    ...meta,
    settings: {
      int8: 'symmetric, signed, narrow range [-127, 127], scale = absmax / 127',
      int4: `symmetric, signed, narrow range [-7, 7], groups of ${GROUP_SIZE} along the last axis, scale = group absmax / 7`,
      outlierSigmas: OUTLIER_SIGMAS,
      histogramBins: OVERVIEW_HIST_BINS,
      exactBelowElements: HOLD_ELEMENTS,
    },
    tensors: [...rows].sort((a, b) => a.index - b.index),
  };
}

/** JSON text of a value with ±Infinity and NaN written as the strings "Infinity", "-Infinity", "NaN". */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2);
}

/** CSV columns: header name and how to read it from a row (empty for error rows or inapplicable figures). */
const COLUMNS: [string, (r: TensorOverview) => string | number | null][] = [
  ['index', (r) => r.index],
  ['name', (r) => r.name],
  ['dtype', (r) => r.dtype],
  ['shape', (r) => r.shape.join('x')],
  ['params', (r) => r.params],
  ['min', (r) => r.min],
  ['max', (r) => r.max],
  ['absmax', (r) => r.absmax],
  ['mean', (r) => r.mean],
  ['std', (r) => r.std],
  ['kurtosis', (r) => r.kurtosis],
  ['zeros', (r) => r.zeros],
  ['outlier_share', (r) => r.outlierShare],
  ['outlier_share_abs', (r) => r.outlierShareAbs],
  ['channel_spread', (r) => r.channelSpread],
  ['fp16_overflow', (r) => r.fp16Overflow],
  ['fp16_underflow', (r) => r.fp16Underflow],
  ['int8_tensor_sqnr_db', (r) => r.int8TensorSqnrDb],
  ['int8_channel_sqnr_db', (r) => r.int8ChannelSqnrDb],
  ['int4_g128_sqnr_db', (r) => r.int4GroupSqnrDb],
  ['best_calibrator', (r) => r.bestCalibrator.method],
  ['best_calibrator_sqnr_db', (r) => r.bestCalibrator.sqnrDb],
  ['nan', (r) => r.nan],
  ['inf', (r) => r.inf],
  ['estimated', (r) => r.estimated.join(' ')],
];

/** One CSV field: quoted when it holds a comma, quote or line break. */
function field(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the rows (in the order given), one line per tensor; unreadable tensors keep their name and an `error` column. */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const lines = [[...COLUMNS.map(([h]) => h), 'error'].join(',')];
  for (const r of rows) {
    if (hasStats(r)) lines.push([...COLUMNS.map(([, get]) => field(get(r))), ''].join(','));
    else
      lines.push(
        [field(r.index), field(r.name), field(r.dtype), field(r.shape.join('x')), ...COLUMNS.slice(4).map(() => ''), field(r.error)].join(
          ',',
        ),
      );
  }
  return `${lines.join('\n')}\n`;
}
