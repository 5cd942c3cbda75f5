/** A lesson text cut into plain text and `{{name}}` placeholders, in order. */
export type TemplatePart = { text: string } | { name: string };

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Splits `text` at its `{{name}}` placeholders. */
export function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Names of the placeholders in `text`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
