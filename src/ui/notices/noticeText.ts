import type { TFunction } from 'i18next';
import { MIN_SCALE, parseDegenerateMessage, type QuantParams, type TensorStats } from '../../core/math';
import { formatSig } from '../format';
import { readErrorOf } from './readError';

/**
 * A failed load in the user's language: a tensor with nothing to quantize is named as such, the reasons people meet
 * most (a download refused or failed, an unknown format, a missing shard, …) are told in the user's language with
 * their details; other reasons pass through as the reader wrote them.
 */
export function loadErrorText(t: TFunction, message: string, fellBack: boolean): string {
  const refused = parseDegenerateMessage(message);
  if (refused)
    return refused.kind === 'empty'
      ? t('lecture.degenerate.empty')
      : t('lecture.degenerate.noFinite', { nan: refused.nan, inf: refused.inf });
  return t(fellBack ? 'robust.loadFailedDefault' : 'notice.loadFailed', { message: readErrorText(t, message) });
}

/** A reader's or downloader's message in the user's language when its reason is recognised (readErrorOf), else as it is. */
export function readErrorText(t: TFunction, message: string): string {
  const known = readErrorOf(message);
  return known ? t(`lecture.readError.${known.key}`, known.params) : message;
}

/**
 * What a tensor of one repeated value (or a single value) gets, with the scale really in use: quantization uses a
 * range that contains 0, so a constant c ≠ 0 gets scale |c|/steps (or the like), and only c = 0 the smallest scale.
 * Null for a tensor with at least two distinct finite values.
 */
export function constantText(t: TFunction, stats: TensorStats, params: QuantParams): string | null {
  if (stats.finite === 0 || stats.min !== stats.max) return null;
  const scale = formatSig(params.scale, 4);
  const key = params.scale <= MIN_SCALE ? 'lecture.constant.zero' : 'lecture.constant.widened';
  return (
    t(stats.finite === 1 ? 'lecture.constant.single' : 'lecture.constant.all', { value: formatSig(stats.min, 4) }) + ' ' + t(key, { scale })
  );
}
