/** Parses a JSON array of (nested arrays of) numbers, also accepting NaN/Infinity/-Infinity as Python's json writes them. */
import { TensorFileError } from './errors';
import { MAX_NESTING } from './nested';

/** Nested arrays of numbers. */
export type NumberNest = number | NumberNest[];

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity/y;

/** Parses `text` (one JSON array, whitespace around it allowed); errors give the character offset. */
export function parseJsonNumbers(text: string, format = 'json'): NumberNest {
  let i = 0;
  const fail = (what: string): never => {
    throw new TensorFileError(format, `invalid JSON at character ${i} (near ${JSON.stringify(text.slice(i, i + 12))}): ${what}`);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const value = (depth: number): NumberNest => {
    ws();
    if (text[i] === '[') {
      if (depth >= MAX_NESTING) fail(`nested more than ${MAX_NESTING} deep`);
      i++;
      const items: NumberNest[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return items;
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return items;
        } else fail(i >= text.length ? 'the text ends too early' : "expected ',' or ']'");
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return fail(i >= text.length ? 'the text ends too early' : 'expected a number or a list');
    i += m[0].length;
    return m[0] === 'NaN' ? NaN : Number(m[0]);
  };
  ws();
  if (text[i] !== '[') fail("expected '['");
  const v = value(0);
  ws();
  if (i !== text.length) fail('extra text after the array');
  return v;
}
