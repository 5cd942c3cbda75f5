import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './columnChooser.css';
import { OVERVIEW_COLUMNS, toggleColumn, type OverviewColumn } from '../../state/overviewColumns';

interface Props {
  /** The figure columns shown now, in table order. */
  shown: readonly OverviewColumn[];
  /** A new choice (table order), or null for the mode's default. */
  onChange(columns: OverviewColumn[] | null): void;
}

/** The overview table's "Columns" menu: a checkbox per figure column and a button back to the default set. */
export function ColumnChooser({ shown, onChange }: Props) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  // a press outside the open menu, or Escape, closes it (it floats over the plot)
  useEffect(() => {
    const close = (e: Event) => {
      const el = menu.current;
      if (el?.open && (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node))) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details className="ov-columns" data-testid="overview.columns" ref={menu}>
      <summary title={t('overviewColumns.title')}>{t('overviewColumns.menu')}</summary>
      <div className="ov-columns-menu">
        {OVERVIEW_COLUMNS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              data-testid={`overview.column.${c}`}
              checked={shown.includes(c)}
              onChange={(e) => onChange(toggleColumn(shown, c, e.target.checked))}
            />{' '}
            {t(`overview.columns.${c}`)}
          </label>
        ))}
        <button
          type="button"
          data-testid="overview.columns.default"
          title={t('overviewColumns.defaultsTitle')}
          onClick={() => onChange(null)}
        >
          {t('overviewColumns.defaults')}
        </button>
      </div>
    </details>
  );
}
