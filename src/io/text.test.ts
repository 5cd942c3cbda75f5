import { describe, expect, it } from 'vitest';
import type { TensorFileError } from './index';
import { openFiles } from './index';
import { bytes, fileOf, refusal } from '../../tests/helpers/io';

async function load(text: string, name = 'x.csv') {
  const src = await openFiles([fileOf(bytes(text), name)]);
  const t = await src.read(src.tensors[0].name);
  return { src, t, values: Array.from(t.data) };
}

const errorOf = (text: string, name = 'x.csv'): Promise<TensorFileError> => refusal(() => load(text, name));

describe('delimited text', () => {
  it('CSV with a header row, comments, CRLF, blank lines', async () => {
    const { src, t, values } = await load('# made by hand\r\nx, y\r\n1, 2\r\n\r\n-3e-1,4 # note\r\n');
    expect(t.shape).toEqual([2, 2]);
    expect(t.name).toBe('x');
    expect(t.dtype).toBe('float64');
    expect(values).toEqual([1, 2, Math.fround(-0.3), 4]);
    expect(src.metadata).toEqual({ layout: 'csv' });
  });

  it('TSV, semicolons, whitespace; a single row or column is 1-D', async () => {
    expect((await load('1\t2\n3\t4\n', 'a.tsv')).t.shape).toEqual([2, 2]);
    expect((await load('1;2;3\n', 'a.txt')).t.shape).toEqual([3]);
    expect((await load('  1   2\n3 4  \n', 'a.txt')).src.metadata).toEqual({ layout: 'whitespace' });
    expect((await load('1\n2\n3\n', 'a.txt')).t.shape).toEqual([3]);
  });

  it('nan, inf and -Infinity', async () => {
    expect((await load('nan,inf,-Infinity,+1.')).values).toEqual([NaN, Infinity, -Infinity, 1]);
  });

  it('ragged rows become one 1-D list, with a note', async () => {
    const { t, src } = await load('1 2 3\n4\n5 6\n', 'r.txt');
    expect(t.shape).toEqual([6]);
    expect(src.metadata?.note).toContain('rows have different lengths (3, 1, 2)');
  });

  it.each([
    ['1,2\n3,x\n', 'line 2, field 2 "x" is not a number'],
    ['1,,2\n', 'line 1, field 2 is empty'],
    ['a,b\nc,d\n', 'line 2, field 1 "c" is not a number'],
    ['0x10,2\n', 'line 1, field 1 "0x10" is not a number'],
    ['# only a comment\n\n', 'no numbers found'],
    ['', 'no numbers found'],
    ['1,2\n1,2,3', undefined],
  ])('%j', async (text, msg) => {
    if (msg === undefined) {
      expect((await load(text)).t.shape).toEqual([5]);
      return;
    }
    const e = await errorOf(text);
    expect(e.message).toBe(`x.csv: ${msg}`);
  });
});

describe('JSON numbers', () => {
  it('nested rectangular arrays keep their shape; NaN/Infinity as Python writes them', async () => {
    const { t, values } = await load('[[[1, 2.5], [NaN, -Infinity]], [[0, 1e3], [-0.0, 7]]]', 'a.json');
    expect(t.shape).toEqual([2, 2, 2]);
    expect(values).toEqual([1, 2.5, NaN, -Infinity, 0, 1000, -0, 7]);
  });

  it('an object of named arrays gives one tensor each', async () => {
    const src = await openFiles([fileOf(bytes('{"w": [[1, 2], [3, 4]], "b": [0.5], "name": "x"}'), 'p.json')]);
    expect(src.tensors).toEqual([
      { name: 'w', dtype: 'float64', shape: [2, 2] },
      { name: 'b', dtype: 'float64', shape: [1] },
    ]);
    expect(Array.from((await src.read('b')).data)).toEqual([0.5]);
  });

  it.each([
    ['[[1, 2], [3]]', 'not rectangular: element [1] has length 1, expected a list of 2'],
    ['[[1, 2], 3]', 'not rectangular: element [1] is not a list'],
    ['[1, [2]]', 'element [1] is a list, expected a number'],
    ['[1, "2"]', 'invalid JSON at character 4 (near "\\"2\\"]"): expected a number or a list'],
    ['[1, 2', 'the text ends too early'],
    ['[1, 2] x', 'extra text'],
    ['['.repeat(100) + ']'.repeat(100), 'nested more than 64 deep'],
    ['[]', "tensor 'a' has shape (0,): 0 elements — nothing to quantize"],
    ['{"a": [1], "a": [2]}', "has the key 'a' twice"],
    ['{"a": 1}', 'no arrays of numbers'],
    ['{"weight_map": {"w": "model-00001-of-00002.safetensors"}}', 'index of a sharded safetensors model'],
    ['{"a": [1, null]}', "JSON key 'a': element [1] is null"],
  ])('refuses %j', async (text, msg) => {
    expect((await errorOf(text, 'a.json')).message).toContain(msg);
  });
});
