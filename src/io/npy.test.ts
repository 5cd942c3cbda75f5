import { describe, expect, it } from 'vitest';
import { parseNpy, TensorFileError } from './index';
import { bytes, concat, f32Bytes, makeNpy } from '../../tests/helpers/io';

const hdr = (descr: string, shape: string, fortran = 'False'): string =>
  `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;

function buf(b: Uint8Array): ArrayBuffer {
  return b.slice().buffer;
}

function errorOf(b: Uint8Array): TensorFileError {
  try {
    parseNpy(buf(b));
  } catch (e) {
    expect(e).toBeInstanceOf(TensorFileError);
    expect((e as TensorFileError).format).toBe('npy');
    expect((e as TensorFileError).unexpected).toBe(false);
    return e as TensorFileError;
  }
  throw new Error('parseNpy accepted bad input');
}

describe('parseNpy', () => {
  it('reads a hand-built v1 file and a v2/v3 one', () => {
    const data = f32Bytes([1, 2, 3, 4, 5, 6]);
    for (const v of [1, 2, 3]) {
      const t = parseNpy(buf(makeNpy(hdr('<f4', '(2, 3)'), data, v)));
      expect(t.shape).toEqual([2, 3]);
      expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(t.dtype).toBe('float32');
    }
  });

  it('handles fortran_order: True, native "=" and "|" orders, "?" bools, trailing bytes', () => {
    const t = parseNpy(buf(makeNpy(hdr('<f4', '(2, 3)', 'True'), f32Bytes([0, 3, 1, 4, 2, 5]))));
    expect(Array.from(t.data)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(parseNpy(buf(makeNpy(hdr('=f4', '(1,)'), f32Bytes([7])))).data)).toEqual([7]);
    expect(Array.from(parseNpy(buf(makeNpy(hdr('|u1', '(2,)'), Uint8Array.of(9, 200)))).data)).toEqual([9, 200]);
    expect(Array.from(parseNpy(buf(makeNpy(hdr('?', '(2,)'), Uint8Array.of(1, 0)))).data)).toEqual([1, 0]);
    expect(parseNpy(buf(makeNpy(hdr('<f4', '(1,)'), f32Bytes([1, 2])))).data.length).toBe(1);
  });

  it('accepts a Python 2 header with long suffixes', () => {
    const t = parseNpy(buf(makeNpy(hdr('<f4', '(2L, 1L)'), f32Bytes([1, 2]))));
    expect(t.shape).toEqual([2, 1]);
  });

  it('says how many bytes the header wants and how many there are', () => {
    const e = errorOf(makeNpy(hdr('<f4', '(3, 4)'), f32Bytes(new Array(10).fill(1))));
    expect(e.message).toBe('header says shape (3, 4) of <f4 = 48 bytes, but the file has 40 bytes after the header');
  });

  it.each([
    ['wrong magic', concat(bytes('\x93NUMPX\x01\x00'), new Uint8Array(100)), 'expected magic \\x93NUMPY'],
    ['a text file', bytes('1,2,3\n4,5,6\n'), 'not a .npy file'],
    ['empty input', new Uint8Array(0), 'an empty file'],
    ['a truncated preamble', bytes('\x93NUMPY\x01'), 'truncated .npy file: 7 bytes'],
    ['version 4.0', concat(bytes('\x93NUMPY\x04\x00'), new Uint8Array(100)), 'version 4.0'],
    [
      'a truncated header',
      makeNpy(hdr('<f4', '(3,)'), f32Bytes([1, 2, 3])).subarray(0, 40),
      'truncated: header needs 128 bytes, the file has 40',
    ],
    ['an absurd v2 header length (2^31)', concat(bytes('\x93NUMPY\x02\x00'), Uint8Array.of(0, 0, 0, 0x80), new Uint8Array(50)), 'absurd'],
    ['a negative dimension', makeNpy(hdr('<f4', '(3, -4)'), new Uint8Array(0)), 'negative dimension -4'],
    ['an overflowing shape', makeNpy(hdr('<f4', '(1099511627776, 1099511627776)'), new Uint8Array(0)), 'more than the 2^31'],
    ['a huge dimension', makeNpy(hdr('<f4', `(${'9'.repeat(30)},)`), new Uint8Array(0)), 'overflowing dimension'],
    ['a float dimension', makeNpy(hdr('<f4', '(3.5,)'), new Uint8Array(0)), 'floats are not allowed'],
    ['a list shape', makeNpy(hdr('<f4', '[3]'), new Uint8Array(0)), "'shape' is not a tuple"],
    ['a missing key', makeNpy("{'descr': '<f4', 'shape': (1,)}", f32Bytes([1])), 'must have the keys'],
    ['an extra key', makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1}", f32Bytes([1])), "unexpected key 'x'"],
    [
      'a repeated key',
      makeNpy("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", f32Bytes([1])),
      "repeats the key 'descr'",
    ],
    ['fortran_order not a bool', makeNpy(hdr('<f4', '(1,)', '1'), f32Bytes([1])), 'not True/False'],
    ['code in the header', makeNpy("__import__('os').system('rm -rf /')", new Uint8Array(0)), 'not a valid Python dict literal'],
    ['an object array', makeNpy(hdr('|O', '(2,)'), new Uint8Array(16)), 'pickled Python objects'],
    [
      'a structured dtype',
      makeNpy("{'descr': [('x', '<f4'), ('y', '<i4')], 'fortran_order': False, 'shape': (1,)}", new Uint8Array(8)),
      "structured dtype with fields 'x', 'y'",
    ],
    ['complex numbers', makeNpy(hdr('<c8', '(1,)'), new Uint8Array(8)), 'complex arrays'],
    ['unicode strings', makeNpy(hdr('<U5', '(1,)'), new Uint8Array(20)), 'unicode string arrays'],
    ['datetimes', makeNpy(hdr('<M8[ns]', '(1,)'), new Uint8Array(8)), 'datetime arrays'],
    ['long double', makeNpy(hdr('<f16', '(1,)'), new Uint8Array(16)), 'long double'],
    ['an unknown dtype', makeNpy(hdr('<i3', '(1,)'), new Uint8Array(3)), "unsupported dtype '<i3'"],
    ['an empty array', makeNpy(hdr('<f4', '(0, 3)'), new Uint8Array(0)), 'shape (0, 3) has 0 elements — nothing to quantize'],
  ])('refuses %s', (_what, b, msg) => {
    expect(errorOf(b).message).toContain(msg);
  });

  it('refuses a v3 header that is not UTF-8', () => {
    const b = makeNpy(hdr('<f4', '(1,)'), f32Bytes([1]), 3);
    b[14] = 0xff; // inside the dict text
    expect(errorOf(b).message).toContain('not valid UTF-8');
  });
});
