/** Shortening of long names (tensors, files, URLs) for display; the full text goes in a title for hover. */

/** Characters that separate the parts of a tensor name, a path or an address. */
const SEPARATORS = new Set(['.', '/', '_']);

/**
 * `text` if it has at most `max` characters, else its start and end around a '…' (at most max characters in all);
 * `headShare` (0–1) of the kept characters come from the start — low where the end tells names apart. Both cuts
 * move to a separator ('.', '/', '_') when one is near, so no part is cut in two: the end starts just after one
 * (giving up at most half its characters, which go to the start), the start ends just before one (keeping at least
 * half its characters).
 */
export function shorten(text: string, max = 64, headShare = 0.6): string {
  const chars = Array.from(text); // whole code points, never half a surrogate pair
  if (chars.length <= max) return text;
  const isSeparator = (i: number) => SEPARATORS.has(chars[i]);
  const budget = max - 1;
  const head = Math.ceil(budget * headShare);
  const tail = budget - head;
  // the end: the first part boundary at or after the plain cut, within half the end's characters
  let from = chars.length - tail;
  for (let k = from; k <= from + Math.floor(tail / 2) && k < chars.length; k++)
    if (isSeparator(k - 1)) {
      from = k;
      break;
    }
  // the start: the last part boundary within the characters the end left (never into the end), keeping half the start
  let to = head;
  for (let j = head + tail - (chars.length - from); j >= Math.ceil(head / 2); j--)
    if (isSeparator(j)) {
      to = j;
      break;
    }
  return `${chars.slice(0, to).join('')}…${chars.slice(from).join('')}`;
}
