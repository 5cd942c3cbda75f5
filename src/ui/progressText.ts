/** The words of the progress bar, as a pure helper: which label and which amount a phase shows. */
import type { Progress } from '../worker/api';
import { formatSig } from './format';

/** i18n key of the phase's label and the key + values of its amount (MB for bytes, a count for items). */
export function progressText(p: Progress): { label: string; amount: { key: string; values: Record<string, string> } } {
  if (p.phase === 'download' || p.phase === 'read') {
    const mb = (bytes: number) => formatSig(bytes / 2 ** 20);
    return {
      label: `progress.${p.phase}`,
      amount: p.total
        ? { key: 'progress.ofTotal', values: { done: mb(p.done), total: mb(p.total) } }
        : { key: 'progress.soFar', values: { done: mb(p.done) } },
    };
  }
  return { label: `robust.phase.${p.phase}`, amount: { key: 'robust.items', values: { done: String(p.done), total: String(p.total) } } };
}
