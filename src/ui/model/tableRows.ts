import type { PtqConfig, PtqRow } from '../../model/types';
import { configKey } from '../../model/configs';
import { bestRow } from '../../state/modelConfig';
import type { QatSummary } from '../../worker/modelApi';

/** A row of the model lab's table: FP32, a PTQ configuration, or a QAT result (with the configuration it trained). */
export interface TableRow {
  key: string;
  kind: 'fp32' | 'ptq' | 'qat';
  config: PtqConfig | null;
  /** Which QAT run a 'qat' row shows. */
  variant?: QatSummary['variant'];
  accuracy: number;
  best: boolean;
}

export type SortOrder = 'table' | 'desc' | 'asc';

/** FP32 first, then the PTQ rows in the engine's order, then finished QAT runs; the best row at W`w`A`a` marked (see bestRow). */
export function tableRows(
  fp32: number,
  ptq: readonly PtqRow[],
  qat: readonly { config: PtqConfig; summary: QatSummary }[],
  w: number,
  a: number,
): TableRow[] {
  const rows: TableRow[] = [
    { key: 'fp32', kind: 'fp32', config: null, accuracy: fp32, best: false },
    ...ptq.map((r): TableRow => ({ key: configKey(r.config), kind: 'ptq', config: r.config, accuracy: r.accuracy, best: false })),
    ...qat.map(({ config, summary }): TableRow => ({
      key: `qat-${summary.variant}`,
      variant: summary.variant,
      kind: 'qat',
      config,
      accuracy: summary.after,
      best: false,
    })),
  ];
  const best = bestRow(rows.slice(1) as (TableRow & { config: PtqConfig })[], w, a);
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

/** Where the table's accuracy bars start: 5 points below the lowest accuracy (never below 0), so drops of a few points show. */
export function barFloor(accuracies: readonly number[]): number {
  return Math.max(0, Math.min(1, ...accuracies) - 0.05);
}

/** Length of an accuracy's bar in [0, 1]: 0 at `floor`, 1 at 100 %. */
export function barFraction(accuracy: number, floor: number): number {
  return floor >= 1 ? 1 : Math.max(0, Math.min(1, (accuracy - floor) / (1 - floor)));
}
