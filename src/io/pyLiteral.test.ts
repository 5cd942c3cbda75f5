import { describe, expect, it } from 'vitest';
import { parsePyLiteral, PyLiteralError } from './pyLiteral';

describe('parsePyLiteral (npy header dicts, never eval)', () => {
  it('parses numpy headers', () => {
    const v = parsePyLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }          \n");
    expect(v).toEqual({
      kind: 'dict',
      entries: [
        [
          { kind: 'str', value: 'descr' },
          { kind: 'str', value: '<f4' },
        ],
        [
          { kind: 'str', value: 'fortran_order' },
          { kind: 'bool', value: false },
        ],
        [
          { kind: 'str', value: 'shape' },
          {
            kind: 'tuple',
            items: [
              { kind: 'int', value: 3 },
              { kind: 'int', value: 4 },
            ],
          },
        ],
      ],
    });
  });

  it('tuples: (), (5,), parenthesised values, Python 2 longs', () => {
    expect(parsePyLiteral('()')).toEqual({ kind: 'tuple', items: [] });
    expect(parsePyLiteral('(5,)')).toEqual({ kind: 'tuple', items: [{ kind: 'int', value: 5 }] });
    expect(parsePyLiteral('(5)')).toEqual({ kind: 'int', value: 5 });
    expect(parsePyLiteral('(3L, 4L)')).toEqual({
      kind: 'tuple',
      items: [
        { kind: 'int', value: 3 },
        { kind: 'int', value: 4 },
      ],
    });
    expect(parsePyLiteral('((2,))')).toEqual({ kind: 'tuple', items: [{ kind: 'int', value: 2 }] });
  });

  it('strings with escapes and unicode, lists, None', () => {
    expect(parsePyLiteral(`[('\\xe9t\\u00e9', "<f4"), None]`)).toEqual({
      kind: 'list',
      items: [
        {
          kind: 'tuple',
          items: [
            { kind: 'str', value: 'été' },
            { kind: 'str', value: '<f4' },
          ],
        },
        { kind: 'none' },
      ],
    });
    expect(parsePyLiteral("'é'")).toEqual({ kind: 'str', value: 'é' });
  });

  it.each([
    ["__import__('os').system('x')", 'expected a value'],
    ['{"a": 1.5}', 'floats'],
    ["{'a': 1", "expected ',' or '}'"],
    ["'abc", 'unterminated'],
    ["{'a': 1} x", 'after the literal'],
    ['('.repeat(100) + ')'.repeat(100), 'nested too deeply'],
    ["'\\q'", 'unsupported escape'],
    ['007', 'leading zero'],
    ['Truex', 'expected a value'],
    ['', 'expected a value'],
  ])('rejects %j', (text, why) => {
    expect(() => parsePyLiteral(text)).toThrow(PyLiteralError);
    expect(() => parsePyLiteral(text)).toThrow(why);
  });
});
