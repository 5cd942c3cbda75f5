/** The overview table's figure columns (the tensor name is always shown), which of them a view shows, and the choice's changes. */

/** Every figure column's id, in table order. */
export const OVERVIEW_COLUMNS = [
  'dtype',
  'shape',
  'params',
  'absmax',
  'std',
  'kurtosis',
  'outliers',
  'outliersAbs',
  'zeros',
  'spread',
  'fp16',
  'int8',
  'int8ch',
  'int4g',
  'best',
] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];

/**
 * Presenter mode's default, in table order: what fits beside the side panel at 1280×720 without scrolling sideways —
 * why a tensor suffers (kurtosis, outliers), how much (INT8 per tensor vs per channel, INT4 g128) and the calibrator
 * that does best. max |x| is left to the plot above the table (its default metric); values, σ and the rest are a
 * click away in the Columns menu.
 */
export const PRESENTER_COLUMNS: readonly OverviewColumn[] = ['kurtosis', 'outliers', 'int8', 'int8ch', 'int4g', 'best'];

/** The columns a view shows, in table order: the chosen ones, or with no choice (null) the mode's default (presenter: PRESENTER_COLUMNS; otherwise all). */
export function shownColumns(chosen: readonly OverviewColumn[] | null, presenter: boolean): OverviewColumn[] {
  const wanted = chosen ?? (presenter ? PRESENTER_COLUMNS : OVERVIEW_COLUMNS);
  return OVERVIEW_COLUMNS.filter((c) => wanted.includes(c));
}

/** The choice after switching `column` on (`on`) or off in a view that shows `shown`, in table order. */
export function toggleColumn(shown: readonly OverviewColumn[], column: OverviewColumn, on: boolean): OverviewColumn[] {
  return OVERVIEW_COLUMNS.filter((c) => (c === column ? on : shown.includes(c)));
}

/** A choice as link text: ids in table order joined by ',', or 'none' for no figure column. */
export function formatColumns(columns: readonly OverviewColumn[]): string {
  return columns.length ? shownColumns(columns, false).join(',') : 'none';
}

/** A choice read from link text (formatColumns), in table order without repeats; undefined when any id is unknown. */
export function parseColumns(text: string): OverviewColumn[] | undefined {
  if (text === 'none') return [];
  const ids = text.split(',');
  if (!ids.every((id) => (OVERVIEW_COLUMNS as readonly string[]).includes(id))) return undefined;
  return shownColumns(ids as OverviewColumn[], false);
}
