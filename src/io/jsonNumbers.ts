/**
 * Parses a JSON array of (nested arrays of) numbers straight into a shape and float32 values, without building
 * JS arrays; accepts NaN/Infinity/-Infinity as Python's json writes them. Memory is bounded by the budget.
 */
import { MEMORY_BUDGET } from './budget';
import { FloatBuffer } from './floatBuffer';
import { TensorFileError } from './errors';
import { MAX_NESTING } from './nested';
import { checkShape } from './shape';

/** A rectangular nest of numbers: shape (outermost first) and C-order values. */
export class JsonNumbers {
  constructor(
    readonly shape: number[],
    readonly data: Float32Array,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity/y;

/** Parses `text` (one JSON array, whitespace around it allowed); errors give the character offset or the element's index path. */
export function parseJsonNumbers(text: string, format = 'json', where = 'JSON array', budget = MEMORY_BUDGET): JsonNumbers {
  let i = 0;
  const fail = (what: string): never => {
    throw new TensorFileError(format, `invalid JSON at character ${i} (near ${JSON.stringify(text.slice(i, i + 12))}): ${what}`);
  };
  /** Items so far in each open list; the path of an element is these counts. */
  const counts: number[] = [];
  const path = (): string => counts.map((c) => `[${c}]`).join('');
  const bad = (what: string): never => {
    throw new TensorFileError(format, `${where}: ${what}`);
  };
  /** Length of each dimension, learnt when the first list at that depth closes; `leaf` = depth of the values. */
  const dims: (number | undefined)[] = [];
  let leaf = -1;
  const values = new FloatBuffer(format, `${where}: `, budget);
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  ws();
  if (text[i] !== '[') fail("expected '['");
  for (;;) {
    ws();
    const depth = counts.length;
    /** The value just read is a list closed at once (length 0). */
    let empty = false;
    if (text[i] === '[') {
      if (depth >= MAX_NESTING) fail(`nested more than ${MAX_NESTING} deep`);
      if (leaf >= 0 && depth >= leaf) bad(`element ${path()} is a list, expected a number`);
      i++;
      counts.push(0);
      ws();
      if (text[i] !== ']') continue;
      if (leaf < 0) leaf = depth + 1; // the first path ends in an empty list: that list is the last dimension
      empty = true;
    } else if (depth > 0) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) return fail(i >= text.length ? 'the text ends too early' : 'expected a number or a list');
      if (leaf < 0) leaf = depth;
      if (depth < leaf) bad(`not rectangular: element ${path()} is not a list`);
      i += m[0].length;
      values.push(m[0] === 'NaN' ? NaN : Number(m[0]));
    } else fail('expected a number or a list');
    // after a value: close the lists that end here, then expect ',' (or the end of the text)
    for (;;) {
      ws();
      if (text[i] === ']') {
        i++;
        const d = counts.length - 1;
        const len = empty ? 0 : counts[d] + 1;
        empty = false;
        counts.pop();
        const want = dims[d];
        if (want === undefined) dims[d] = len;
        else if (want !== len) {
          bad(`not rectangular: ${d === 0 ? 'the top level' : `element ${path()}`} has length ${len}, expected a list of ${want}`);
        }
        if (counts.length > 0) continue;
        ws();
        if (i !== text.length) fail('extra text after the array');
        const shape = checkShape(
          dims.slice(0, leaf).map((x) => x ?? 0),
          format,
          where,
        );
        return new JsonNumbers(shape, values.values());
      }
      if (text[i] !== ',') fail(i >= text.length ? 'the text ends too early' : "expected ',' or ']'");
      i++;
      counts[counts.length - 1]++;
      break;
    }
  }
}
