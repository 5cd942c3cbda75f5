/** A strict parser for the Python literal in a .npy header (dicts, tuples, lists, str, int, bool, None) — never eval. */

/** A parsed Python literal; ints are JS numbers (unsafe beyond 2^53, which shape checks reject). */
export type PyValue =
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'tuple'; items: PyValue[] }
  | { kind: 'list'; items: PyValue[] }
  | { kind: 'dict'; entries: [PyValue, PyValue][] };

/** Raised with a character position for any syntax the parser does not accept. */
export class PyLiteralError extends Error {}

const MAX_DEPTH = 32;

/** Parses one literal spanning all of `text` (surrounding whitespace allowed). */
export function parsePyLiteral(text: string): PyValue {
  let i = 0;
  const fail = (what: string): never => {
    const near = JSON.stringify(text.slice(i, i + 12));
    throw new PyLiteralError(`${what} at character ${i} (near ${near})`);
  };
  const skipWs = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const hex = (len: number): string => {
    const h = text.slice(i, i + len);
    if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== len) fail('bad escape');
    i += len;
    const cp = parseInt(h, 16);
    if (cp > 0x10ffff) fail('bad code point');
    return String.fromCodePoint(cp);
  };
  const str = (): PyValue => {
    const quote = text[i++];
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i++];
      if (c === quote) return { kind: 'str', value: out };
      if (c === '\n') fail('newline in string');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      if (e === '\\' || e === "'" || e === '"') out += e;
      else if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else if (e === 'r') out += '\r';
      else if (e === 'x') out += hex(2);
      else if (e === 'u') out += hex(4);
      else if (e === 'U') out += hex(8);
      else fail('unsupported escape');
    }
  };
  const int = (): PyValue => {
    const m = /^[+-]?\d+L?/.exec(text.slice(i, i + 400)); // 'L': Python 2 long suffix
    if (m === null) return fail('expected a value');
    i += m[0].length;
    const digits = m[0].replace('L', '');
    if (/^[+-]?0\d/.test(digits)) fail('leading zero');
    if (text[i] === '.' || text[i] === 'e' || text[i] === 'E') fail('floats are not allowed');
    return { kind: 'int', value: Number(digits) };
  };
  const seq = (close: string, depth: number): PyValue[] => {
    const items: PyValue[] = [];
    for (;;) {
      skipWs();
      if (text[i] === close) {
        i++;
        return items;
      }
      items.push(value(depth + 1));
      skipWs();
      if (text[i] === ',') i++;
      else if (text[i] !== close) fail(`expected ',' or '${close}'`);
    }
  };
  const value = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipWs();
    const c = text[i];
    if (c === "'" || c === '"') return str();
    if (c === '(') {
      i++;
      const start = i;
      const items = seq(')', depth);
      // (x) is just x, not a tuple; (x,) and () are tuples.
      if (items.length === 1 && !/,\s*\)$/.test(text.slice(start, i))) return items[0];
      return { kind: 'tuple', items };
    }
    if (c === '[') {
      i++;
      return { kind: 'list', items: seq(']', depth) };
    }
    if (c === '{') {
      i++;
      const entries: [PyValue, PyValue][] = [];
      for (;;) {
        skipWs();
        if (text[i] === '}') {
          i++;
          return { kind: 'dict', entries };
        }
        const k = value(depth + 1);
        skipWs();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        entries.push([k, value(depth + 1)]);
        skipWs();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail("expected ',' or '}'");
      }
    }
    for (const [word, v] of [
      ['True', { kind: 'bool', value: true }],
      ['False', { kind: 'bool', value: false }],
      ['None', { kind: 'none' }],
    ] as const) {
      if (text.startsWith(word, i) && !/\w/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    return int();
  };
  const v = value(0);
  skipWs();
  if (i !== text.length) fail('unexpected text after the literal');
  return v;
}
