/** Shortening of long names (tensors, files, URLs) for display; the full text goes in a title for hover. */

/**
 * `text` if it has at most `max` characters, else its start and end around a '…' (max characters in all);
 * `headShare` (0–1) of the kept characters come from the start — low where the end tells names apart.
 */
export function shorten(text: string, max = 64, headShare = 0.6): string {
  const chars = Array.from(text); // whole code points, never half a surrogate pair
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) * headShare);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
