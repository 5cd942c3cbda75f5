/** The overview table's columns: header key, sort key, and how a cell reads (pure, unit-tested through the view). */
import type { OverviewSort } from '../../overview/metrics';
import type { EstimatedField, TensorOverview } from '../../overview';
import { shownColumns, type OverviewColumn } from '../../state/overviewColumns';
import { formatCount, formatDb, formatPercent, formatSig } from '../format';

/** A column: its i18n key under overview.columns, the sort it toggles (null: not sortable), its cell text and flag. */
export interface Column {
  id: OverviewColumn;
  sort: OverviewSort | null;
  numeric: boolean;
  cell(r: TensorOverview, na: string): string;
  /** The row field whose estimate this cell shows (then marked ≈ when the row says it is estimated). */
  estimate?: EstimatedField;
}

const db = (v: number | null, na: string): string => (v === null ? na : formatDb(v));

export const COLUMNS: readonly Column[] = [
  { id: 'dtype', sort: null, numeric: false, cell: (r) => r.dtype },
  { id: 'shape', sort: null, numeric: false, cell: (r) => r.shape.join('×') },
  { id: 'params', sort: 'params', numeric: true, cell: (r) => formatCount(r.params) },
  { id: 'absmax', sort: 'absmax', numeric: true, cell: (r) => formatSig(r.absmax) },
  { id: 'std', sort: 'std', numeric: true, cell: (r) => formatSig(r.std) },
  { id: 'kurtosis', sort: 'kurtosis', numeric: true, cell: (r) => formatSig(r.kurtosis) },
  { id: 'outliers', sort: 'outliers', numeric: true, cell: (r) => formatPercent(r.outlierShare), estimate: 'outlierShare' },
  {
    id: 'outliersAbs',
    sort: 'outliersAbs',
    numeric: true,
    cell: (r) => formatPercent(r.outlierShareAbs),
    estimate: 'outlierShareAbs',
  },
  { id: 'zeros', sort: 'zeros', numeric: true, cell: (r) => formatPercent(r.finite > 0 ? r.zeros / r.finite : 0) },
  { id: 'spread', sort: 'spread', numeric: true, cell: (r, na) => (r.channelSpread === null ? na : `${formatSig(r.channelSpread)}×`) },
  { id: 'fp16', sort: 'fp16over', numeric: true, cell: (r) => `${formatCount(r.fp16Overflow)} / ${formatCount(r.fp16Underflow)}` },
  { id: 'int8', sort: 'int8', numeric: true, cell: (r, na) => db(r.int8TensorSqnrDb, na), estimate: 'int8TensorSqnrDb' },
  { id: 'int8ch', sort: 'int8ch', numeric: true, cell: (r, na) => db(r.int8ChannelSqnrDb, na) },
  { id: 'int4g', sort: 'int4g', numeric: true, cell: (r, na) => db(r.int4GroupSqnrDb, na) },
  {
    id: 'best',
    sort: 'best',
    numeric: false,
    cell: (r) => `${r.bestCalibrator.method} · ${formatDb(r.bestCalibrator.sqnrDb)}`,
    estimate: 'bestCalibrator',
  },
];

/** The columns a view shows, in table order: the user's choice, or with none (null) the mode's default (shownColumns). */
export function visibleColumns(chosen: readonly OverviewColumn[] | null, presenter: boolean): Column[] {
  const ids = shownColumns(chosen, presenter);
  return COLUMNS.filter((c) => ids.includes(c.id));
}
