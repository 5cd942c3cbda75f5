import { describe, expect, it } from 'vitest';
import { openFiles } from '../index';
import { refusal } from '../../../tests/helpers/io';
import { buildGguf, Bytes, type GgufSpec } from '../../../tests/helpers/ggufBuild';

const open = (spec: GgufSpec | Uint8Array<ArrayBuffer>, name = 'bad.gguf') =>
  openFiles([new File([spec instanceof Uint8Array ? spec : buildGguf(spec)], name)]);
const refused = async (spec: GgufSpec | Uint8Array<ArrayBuffer>): Promise<string> => (await refusal(() => open(spec))).message;

/** One F32 tensor of 8 values (ne = [8]) at offset 0. */
const W = { name: 'w', ne: [8], type: 0, offset: 0 };
const F32_8: GgufSpec = { tensors: [W], data: new Uint8Array(32) };

describe('GGUF bad input: each lie gets a located TensorFileError', () => {
  it('a well-formed small file opens (the builder is right)', async () => {
    const s = await open(F32_8);
    expect(s.tensors).toEqual([{ name: 'w', dtype: 'F32', shape: [8] }]);
    expect((await s.read('w')).data).toEqual(new Float32Array(8));
  });

  it('lying counts are checked against the bytes left before anything is allocated', async () => {
    expect(await refused({ ...F32_8, tensorCount: 2n ** 40n })).toMatch(/tensor count at byte 8 is 1099511627776, but the \d+ bytes left/);
    expect(await refused({ ...F32_8, kvCount: 2n ** 63n })).toMatch(/metadata count at byte 16 is 9223372036854775808/);
    const arr = (b: Bytes) =>
      b
        .str('a')
        .u32(9)
        .u32(8)
        .u64(2n ** 50n);
    expect(await refused({ kv: arr })).toMatch(/metadata 'a': array length at byte \d+ is 1125899906842624/);
  });

  it('lying string lengths', async () => {
    const kv = (b: Bytes) => b.u64(1000).raw([0x61]);
    expect(await refused({ kv })).toMatch(/metadata key #0: string length at byte 24 is 1000/);
    const name = buildGguf({ tensors: [{ name: 'w', ne: [8], type: 0, offset: 0 }] });
    new DataView(name.buffer).setBigUint64(24, 2n ** 62n, true);
    expect(await refused(name)).toMatch(/tensor info #0: name: string length at byte 24/);
  });

  it('alignments that are not powers of two, and misaligned offsets', async () => {
    const align = (v: number) => (b: Bytes) => b.str('general.alignment').u32(4).u32(v);
    expect(await refused({ ...F32_8, kv: align(0) })).toContain('general.alignment is 0: it must be a power of two');
    expect(await refused({ ...F32_8, kv: align(48) })).toContain('general.alignment is 48');
    const s = { ...F32_8, tensors: [{ name: 'w', ne: [8], type: 0, offset: 16 }] };
    expect(await refused(s)).toContain("tensor 'w': data offset 16 is not a multiple of the alignment 32");
  });

  it('offsets and sizes past the end, overlaps, too many dimensions, rows that split a block', async () => {
    expect(await refused({ ...F32_8, data: new Uint8Array(31) })).toContain(
      "tensor 'w': F32 (8,) needs 32 bytes at byte 64, but the file ends at byte 95 (truncated?)",
    );
    const two = { ...F32_8, tensors: [W, { name: 'v', ne: [8], type: 0, offset: 0 }] };
    expect(await refused(two)).toMatch(/tensors 'w' \[\d+, \d+\) and 'v' \[\d+, \d+\) overlap/);
    expect(await refused({ ...F32_8, tensors: [{ name: 'w', ne: [1, 1, 1, 1, 8], type: 0, offset: 0 }] })).toMatch(
      /tensor 'w': 5 dimensions at byte \d+ \(GGUF allows at most 4\)/,
    );
    const q4k = { tensors: [{ name: 'q', ne: [128, 2], type: 12, offset: 0 }], data: new Uint8Array(144) };
    expect(await refused(q4k)).toContain("tensor 'q': rows of 128 elements are not a whole number of Q4_K blocks (256 elements each)");
  });

  it('unknown value types and types, nesting too deep, bad bools', async () => {
    expect(await refused({ kv: (b) => b.str('x').u32(13) })).toContain("metadata 'x': unknown value type 13 at byte");
    expect(await refused({ kv: (b) => b.str('x').u32(7).u8(2) })).toContain("metadata 'x': bool at byte");
    const deep = (b: Bytes) => {
      b.str('x').u32(9);
      for (let i = 0; i < 9; i++) b.u32(9).u64(1);
    };
    expect(await refused({ kv: deep })).toContain('arrays nested deeper than 8 levels');
    const s = await open({ ...F32_8, tensors: [{ name: 'w', ne: [8], type: 99, offset: 0 }] });
    expect(s.tensors[0].dtype).toBe('ggml type 99');
    expect((await refusal(() => s.read('w'))).message).toContain("tensor 'w' has ggml type 99, which this reader does not know");
  });

  it('versions 1, big-endian files and other magic are refused with what they are', async () => {
    expect(await refused({ ...F32_8, version: 1 })).toContain('GGUF version 1');
    expect(await refused({ ...F32_8, version: 0x03000000 })).toContain('big-endian');
    expect(await refused({ ...F32_8, version: 4 })).toContain('unknown GGUF version 4 at byte 4');
    const short = new Bytes().raw([0x47, 0x47, 0x55, 0x46]).u32(3).done();
    expect(await refused(short)).toMatch(/tensor count at byte 8 needs 8 bytes, but the file ends at byte 8/);
  });

  it('a header longer than the first 1 MiB window is read by growing the window', async () => {
    const big = 'x'.repeat(3 << 20);
    const s = await open({ ...F32_8, kv: (b) => b.str('long').u32(8).str(big) });
    expect(s.metadata?.long).toHaveLength(200);
    expect((await s.read('w')).data).toHaveLength(8);
  });
});
