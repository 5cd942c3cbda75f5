import { describe, expect, it } from 'vitest';
import { OVERVIEW_COLUMNS, PRESENTER_COLUMNS, formatColumns, parseColumns, shownColumns, toggleColumn } from './overviewColumns';

describe('overview columns', () => {
  it('show every column on a screen and the presenter set in presenter mode when nothing is chosen', () => {
    expect(shownColumns(null, false)).toEqual([...OVERVIEW_COLUMNS]);
    expect(shownColumns(null, true)).toEqual([...PRESENTER_COLUMNS]);
    expect(shownColumns(null, true)).toContain('int8ch'); // the per-tensor vs per-channel comparison stays on screen
  });

  it('show a choice in table order in either mode', () => {
    expect(shownColumns(['best', 'dtype'], false)).toEqual(['dtype', 'best']);
    expect(shownColumns(['best', 'dtype'], true)).toEqual(['dtype', 'best']);
    expect(shownColumns([], true)).toEqual([]);
  });

  it('toggle one column from what is shown, keeping table order', () => {
    const shown = shownColumns(null, true);
    expect(toggleColumn(shown, 'kurtosis', false)).toEqual(shown.filter((c) => c !== 'kurtosis'));
    expect(toggleColumn(shown, 'dtype', true)).toEqual(['dtype', ...shown]);
    expect(toggleColumn(['int8'], 'int8', false)).toEqual([]);
    expect(toggleColumn(['int8'], 'int8', true)).toEqual(['int8']);
  });

  it('write and read link text', () => {
    expect(formatColumns(['int4g', 'std'])).toBe('std,int4g');
    expect(formatColumns([])).toBe('none');
    expect(parseColumns('none')).toEqual([]);
    expect(parseColumns('int4g,std,std')).toEqual(['std', 'int4g']);
    expect(parseColumns('std,')).toBeUndefined();
    expect(parseColumns('')).toBeUndefined();
    expect(parseColumns('name')).toBeUndefined(); // the name column is always shown
  });
});
