import { useTranslation } from 'react-i18next';
import type { OverviewSort } from '../../overview/metrics';
import { hasStats, type OverviewRow } from '../../overview';
import { readErrorText } from '../notices/noticeText';
import { shorten } from '../shorten';
import type { Column } from './columns';

/** Characters of a tensor name shown in its cell, mostly its end (the full name is in the title and the label): fewer in presenter mode's larger type. */
export const NAME_CHARS = { screen: 32, presenter: 24 } as const;

interface Props {
  /** Rows in display order (already sorted and filtered). */
  rows: readonly OverviewRow[];
  /** The figure columns shown, in table order (visibleColumns); the name column always is. */
  columns: readonly Column[];
  /** Characters of a name shown (NAME_CHARS). */
  nameChars: number;
  sort: OverviewSort;
  desc: boolean;
  onSort(sort: OverviewSort): void;
  /** Name of the tensor shown in the explorer (highlighted). */
  selected: string | null;
  onPick(name: string): void;
}

/** The overview's table: one row per tensor; headers sort, a click on a name opens the tensor; ≈ marks estimates. */
export function OverviewTable({ rows, columns, nameChars, sort, desc, onSort, selected, onPick }: Props) {
  const { t } = useTranslation();
  const na = t('overview.na');
  // a row that could not be read keeps its dtype and shape cells (when shown); its message spans the rest
  const named = columns.filter((c) => c.id === 'dtype' || c.id === 'shape');
  const ariaSort = (s: OverviewSort | null) => (s !== null && s === sort ? (desc ? 'descending' : 'ascending') : undefined);
  const header = (id: string, s: OverviewSort | null) =>
    s === null ? (
      t(`overview.columns.${id}`)
    ) : (
      <button
        type="button"
        data-testid={`overview.sort.${s}`}
        title={t('overview.sortBy', { column: t(`overview.columns.${id}`) })}
        onClick={() => onSort(s)}
      >
        {t(`overview.columns.${id}`)}
        {s === sort ? (desc ? '\u00a0▼' : '\u00a0▲') : ''}
      </button>
    );
  return (
    <div className="overview-table-box">
      <table className="overview-table" data-testid="overview.table">
        <thead>
          <tr>
            <th aria-sort={ariaSort('order') ?? ariaSort('name')}>{header('name', sort === 'name' ? 'name' : 'order')}</th>
            {columns.map((c) => (
              <th key={c.id} aria-sort={ariaSort(c.sort)} className={c.numeric ? 'num' : undefined}>
                {header(c.id, c.sort)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-testid="overview.row" data-name={r.name} className={r.name === selected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="ov-name"
                  title={t('overview.open', { name: r.name })}
                  aria-label={t('overview.open', { name: r.name })}
                  onClick={() => onPick(r.name)}
                >
                  {shorten(r.name, nameChars, 0.2)}
                </button>
              </th>
              {hasStats(r) ? (
                columns.map((c) => {
                  const est = c.estimate !== undefined && r.estimated.includes(c.estimate);
                  return (
                    <td key={c.id} className={c.numeric ? 'num' : undefined} title={est ? t('overview.estimated') : undefined}>
                      {est ? '≈ ' : ''}
                      {c.cell(r, na)}
                    </td>
                  );
                })
              ) : (
                <>
                  {named.map((c) => (
                    <td key={c.id}>{c.id === 'dtype' ? r.dtype : r.shape.join('×')}</td>
                  ))}
                  <td className="ov-error" colSpan={Math.max(1, columns.length - named.length)}>
                    {t('overview.error', { message: readErrorText(t, r.error) })}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
