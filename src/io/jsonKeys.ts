/** Lists the keys of a JSON text's top-level object in file order, duplicates included (JSON.parse hides them). */

/** Keys of the top-level object of `text`, which must already be known to be valid JSON. */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      if (depth === 1) {
        let j = i;
        while (j < text.length && ' \t\r\n'.includes(text[j])) j++;
        if (text[j] === ':') keys.push(JSON.parse(text.slice(start, i)) as string);
      }
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
  }
  return keys;
}

/** The first key that occurs twice, if any. */
export function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}
