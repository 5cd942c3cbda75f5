import type { TensorStats } from './tensorStats';

/** A tensor nothing can be quantized from: no elements, or no finite element (all NaN / ±Inf). */
export type Degenerate = { kind: 'empty' } | { kind: 'no-finite'; nan: number; inf: number };

/** Why a tensor cannot be analysed, or null when it has at least one finite value. */
export function degenerate(stats: TensorStats): Degenerate | null {
  if (stats.count === 0) return { kind: 'empty' };
  if (stats.finite === 0) return { kind: 'no-finite', nan: stats.nan, inf: stats.posInf + stats.negInf };
  return null;
}

/** Prefix of the refusal message, so the UI can recognise it and say it in the user's language. */
const TAG = 'degenerate tensor';

/** The refusal as an Error message: readable as it is ("degenerate tensor: no finite value (3 NaN, 2 ±Inf)") and parseable back. */
export function degenerateMessage(d: Degenerate): string {
  return d.kind === 'empty' ? `${TAG}: no elements` : `${TAG}: no finite value (${d.nan} NaN, ${d.inf} ±Inf)`;
}

/** The refusal a message carries (see degenerateMessage), or null for any other message. */
export function parseDegenerateMessage(message: string): Degenerate | null {
  if (message.includes(`${TAG}: no elements`)) return { kind: 'empty' };
  const m = new RegExp(`${TAG}: no finite value \\((\\d+) NaN, (\\d+) ±Inf\\)`).exec(message);
  return m ? { kind: 'no-finite', nan: Number(m[1]), inf: Number(m[2]) } : null;
}
