import type { PtqConfig, PtqRow } from '../../model/types';
import { configKey } from '../../model/configs';
import { bestRow } from '../../state/modelConfig';
import type { QatSummary } from '../../worker/modelApi';

/** A row of the model lab's table: FP32, a PTQ configuration, or a QAT result (with the configuration it trained). */
export interface TableRow {
  key: string;
  kind: 'fp32' | 'ptq' | 'qat';
  config: PtqConfig | null;
  accuracy: number;
  best: boolean;
}

export type SortOrder = 'table' | 'desc' | 'asc';

/** FP32 first, then the PTQ rows in the engine's order, then finished QAT runs; the best PTQ or QAT row marked. */
export function tableRows(fp32: number, ptq: readonly PtqRow[], qat: readonly { config: PtqConfig; summary: QatSummary }[]): TableRow[] {
  const rows: TableRow[] = [
    { key: 'fp32', kind: 'fp32', config: null, accuracy: fp32, best: false },
    ...ptq.map((r): TableRow => ({ key: configKey(r.config), kind: 'ptq', config: r.config, accuracy: r.accuracy, best: false })),
    ...qat.map(({ config, summary }): TableRow => ({
      key: `qat-${summary.variant}`,
      kind: 'qat',
      config,
      accuracy: summary.after,
      best: false,
    })),
  ];
  const best = bestRow(rows.slice(1) as (TableRow & { config: PtqConfig })[]);
  if (best >= 0) rows[best + 1].best = true;
  return rows;
}

/** The rows in the chosen order; ties keep the table's order. */
export function sortRows(rows: readonly TableRow[], order: SortOrder): TableRow[] {
  if (order === 'table') return [...rows];
  const sign = order === 'desc' ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sign * (a.r.accuracy - b.r.accuracy) || a.i - b.i)
    .map(({ r }) => r);
}

/** The next order when the accuracy header is clicked: best first, worst first, the table's own order. */
export function nextOrder(order: SortOrder): SortOrder {
  return order === 'table' ? 'desc' : order === 'desc' ? 'asc' : 'table';
}
