import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { openFiles } from '../../io';
import { scanSource, type OverviewRow } from '../../overview';
import { layerOrder, metricValue, sortRows } from '../../overview/metrics';
import { hasStats } from '../../overview/types';
import { OverviewPlot } from './OverviewPlot';
import { NAME_CHARS, OverviewTable } from './OverviewTable';
import { COLUMNS, visibleColumns } from './columns';
import { OVERVIEW_COLUMNS, PRESENTER_COLUMNS } from '../../state/overviewColumns';
import { layerTickEvery, plotMargin, yScale } from './plotScale';
import { textWidth } from '../chartFont';
import { formatSig } from '../format';
import { outside, textBoxes } from '../../../tests/helpers/svgText';

/** Markup with every number rounded to 3 decimals, so snapshots do not depend on the last float bits. */
const rounded = (html: string): string => html.replace(/-?\d+\.\d{4,}/g, (m) => Number(m).toFixed(3));

let rows: OverviewRow[] = [];
beforeAll(async () => {
  initI18n('en');
  const file = new File(
    [readFileSync(new URL('../../../tests/fixtures/overview/model.safetensors', import.meta.url))],
    'model.safetensors',
  );
  rows = await scanSource(await openFiles([file]));
});

/** The table over `rows`, screen names, every column, listing order unless told otherwise; no-op handlers. */
function renderTable(
  rows: OverviewRow[],
  more: Partial<Pick<Parameters<typeof OverviewTable>[0], 'columns' | 'nameChars' | 'sort' | 'desc'>> = {},
): string {
  return renderToStaticMarkup(
    <OverviewTable
      rows={rows}
      columns={COLUMNS}
      nameChars={NAME_CHARS.screen}
      sort="order"
      desc={false}
      onSort={() => undefined}
      selected={null}
      onPick={() => undefined}
      {...more}
    />,
  );
}

/** The plot of `points` (max |x| on a log axis, 600 × 240 px) at `font` px, `selected` ringed; no-op handler. */
function renderPlot(points: Parameters<typeof OverviewPlot>[0]['points'], font: number, selected: string | null): string {
  return renderToStaticMarkup(
    <OverviewPlot
      points={points}
      metricLabel="max |x|"
      log
      width={600}
      height={240}
      font={font}
      selected={selected}
      onPick={() => undefined}
    />,
  );
}

describe('overview views', () => {
  it('the plot draws one point per tensor in layer order, estimates hollow, the explored tensor ringed', () => {
    const points = layerOrder(rows).map((r) => ({ name: r.name, value: hasStats(r) ? metricValue(r, 'absmax') : null, estimated: false }));
    const html = renderPlot(points, 13, 'model.norm.weight');
    expect((html.match(/data-testid="overview.point"/g) ?? []).length).toBe(6);
    expect(rounded(html)).toMatchSnapshot();
  });

  it('the plot widens its left margin for long tick labels ("1.00e41" on a GGUF with huge values), so none is cut', () => {
    const points = [3e-2, 5, 2e20, 4e41, 7].map((value, i) => ({ name: `t${i}`, value, estimated: false }));
    for (const font of [13, 18]) {
      const html = renderPlot(points, font, null);
      expect(html).toMatch(/>1\.00e\d\d</); // seven characters
      expect(outside(textBoxes(html, font), 600, 240)).toEqual([]);
    }
  });

  it('the table lists every tensor with its figures; the sorted column says its direction', () => {
    const html = renderTable(sortRows(rows, 'kurtosis', true), { sort: 'kurtosis', desc: true });
    expect(html).toContain('aria-sort="descending"');
    expect((html.match(/data-testid="overview.row"/g) ?? []).length).toBe(6);
    expect(rounded(html)).toMatchSnapshot();
  });

  it('a long name shows its distinctive end in the cell; the full name is in the title and the accessible name', () => {
    const name = 'StatefulPartitionedCall/model/conv2d_30/Conv2D_weights';
    const bad: OverviewRow = { index: 0, name, dtype: 'C64', shape: [2], error: 'x' };
    const html = renderTable([bad]);
    expect(html).toContain('>Statefu…conv2d_30/Conv2D_weights</button>');
    expect(html).toContain(`title="Open ${name} in the explorer"`);
    expect(html).toContain(`aria-label="Open ${name} in the explorer"`);
  });

  it('an unreadable tensor keeps its row with the reason', () => {
    const bad: OverviewRow = { index: 0, name: 'odd', dtype: 'C64', shape: [2], error: 'dtype C64 cannot be converted' };
    const html = renderTable([bad]);
    expect(html).toContain('not read: dtype C64 cannot be converted');
  });

  it('the table shows the chosen columns only; an unreadable row spans the shown ones after its dtype and shape', () => {
    const bad: OverviewRow = { index: 9, name: 'odd', dtype: 'C64', shape: [2], error: 'no' };
    const table = (columns: ReturnType<typeof visibleColumns>) => renderTable([...rows, bad], { columns, nameChars: NAME_CHARS.presenter });
    const headers = (html: string) => (html.split('</thead>')[0].match(/<th[ >]/g) ?? []).length;
    const presenter = table(visibleColumns(null, true));
    expect(headers(presenter)).toBe(1 + PRESENTER_COLUMNS.length);
    expect(presenter).toContain('data-testid="overview.sort.int8ch"');
    expect(presenter).not.toContain('data-testid="overview.sort.spread"');
    expect(presenter).toContain(`<td class="ov-error" colSpan="${PRESENTER_COLUMNS.length}">`);
    const chosen = table(visibleColumns(['shape', 'int4g'], true));
    expect(headers(chosen)).toBe(3);
    expect(chosen).toContain('<td>2</td><td class="ov-error" colSpan="1">');
    // every row has as many cells as the header
    for (const row of chosen.split('<tr').slice(2)) expect((row.match(/<t[hd][ >]/g) ?? []).length, row).toBe(3);
  });

  it('visible columns: every column on a screen, the presenter set in presenter mode, a choice in table order', () => {
    expect(COLUMNS.map((c) => c.id)).toEqual([...OVERVIEW_COLUMNS]);
    expect(visibleColumns(null, false)).toEqual(COLUMNS);
    expect(visibleColumns(null, true).map((c) => c.id)).toEqual([...PRESENTER_COLUMNS]);
    expect(visibleColumns(['best', 'std'], false).map((c) => c.id)).toEqual(['std', 'best']);
  });
});

describe('plot scale', () => {
  it('the layer axis labels as many tensors as its width has room for, at round steps', () => {
    expect(layerTickEvery(191, 520, 13)).toBe(20); // a wide plot: 1, 20, 40 … 180
    expect(layerTickEvery(191, 280, 13)).toBe(50); // a phone: 1, 50, 100, 150
    expect(layerTickEvery(6, 520, 13)).toBe(1);
    expect(layerTickEvery(1, 520, 13)).toBe(1);
    for (const [n, w] of [
      [303, 300],
      [40, 900],
      [5000, 1200],
    ]) {
      const every = layerTickEvery(n, w, 18);
      expect((every / (n - 1)) * w, `${n} in ${w} px`).toBeGreaterThanOrEqual(textWidth(String(n), 18) + 18);
    }
  });

  it('a log scale draws positive values only and ticks at powers of ten', () => {
    const s = yScale([0.001, 5, 0, -1, null, 200], true, 0, 100);
    expect([0.001, 5, 0, -1, null].map((v) => s.drawable(v))).toEqual([true, true, false, false, false]);
    expect(s.ticks).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000]);
  });

  it('a log axis spans whole decades: its lowest and highest points sit on labelled ticks, none of them 0', () => {
    for (const values of [
      [1.05, 4],
      [0.5, 0.7],
      [3e-7, 2e5],
      [7, 7],
      [0.001, 200],
    ]) {
      const s = yScale(values, true, 0, 100);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      expect(s.ticks[0]).toBeLessThanOrEqual(lo);
      expect(s.ticks[s.ticks.length - 1]).toBeGreaterThanOrEqual(hi);
      expect(s.y(s.ticks[0])).toBeCloseTo(100); // the bottom edge is a tick
      expect(s.y(s.ticks[s.ticks.length - 1])).toBeCloseTo(0);
      expect(s.ticks.length).toBeGreaterThanOrEqual(3);
      expect(s.ticks.length).toBeLessThanOrEqual(7);
      expect(s.ticks.map((v) => formatSig(v))).not.toContain('0');
    }
    expect(yScale([1.05, 4], true, 0, 100).ticks).toEqual([1, 2, 5, 10]);
  });

  it('the margins hold the 18 px presenter text: the metric name above the top point, the tick row and the axis label below apart', () => {
    const m = plotMargin(18);
    expect(m.top - 6).toBeGreaterThanOrEqual(18); // the name's baseline 6 px above the plot, its cap inside the SVG
    expect(m.bottom - (18 + 2)).toBeGreaterThanOrEqual(18 + 4 + 4); // axis label (baseline 4 px above the foot) clear of the tick row
    expect(m.left - 6).toBeGreaterThanOrEqual(5 * 0.62 * 18); // "0.001" right-aligned 6 px left of the plot
  });

  it('a linear scale keeps negative values and a constant gets a range around it', () => {
    const s = yScale([3, 3], false, 0, 100);
    expect(s.drawable(-2)).toBe(true);
    expect(s.y(3)).toBeCloseTo(50);
  });
});
