import { describe, expect, it } from 'vitest';
import { openFiles } from '../openFiles';
import { encodeNpz } from './writeNpy';
import { encodeSafetensors } from './writeSafetensors';

const file = (b: Uint8Array, name: string): File => new File([b.slice()], name);

describe('writers', () => {
  it('safetensors round-trips through the reader, metadata included', async () => {
    const w = Float32Array.of(1.5, -2, 3.25, 0, 1e-30, -7);
    const src = await openFiles([
      file(
        encodeSafetensors(
          [
            { name: 'fc.weight', data: w, shape: [2, 3] },
            { name: 'fc.bias', data: Float32Array.of(9, 8), shape: [2] },
          ],
          { layers: '[]' },
        ),
        'm.safetensors',
      ),
    ]);
    expect(src.tensors.map((t) => [t.name, t.dtype, t.shape])).toEqual([
      ['fc.weight', 'F32', [2, 3]],
      ['fc.bias', 'F32', [2]],
    ]);
    expect(src.metadata).toEqual({ layers: '[]' });
    expect((await src.read('fc.weight')).data).toEqual(w);
  });

  it('npz holds float32 and uint8 arrays numpy can read back', async () => {
    const src = await openFiles([
      file(
        encodeNpz({ x: { data: Float32Array.of(0.5, 1, 2, 3), shape: [2, 2] }, y: { data: Uint8Array.of(7, 255), shape: [2] } }),
        't.npz',
      ),
    ]);
    const byName = Object.fromEntries(src.tensors.map((t) => [t.name, t]));
    expect(byName.x.dtype).toBe('float32');
    expect(byName.y.dtype).toBe('uint8');
    expect(Array.from((await src.read('y')).data)).toEqual([7, 255]);
    expect(Array.from((await src.read('x')).data)).toEqual([0.5, 1, 2, 3]);
  });

  it('refuses a shape that does not match the data', () => {
    expect(() => encodeSafetensors([{ name: 'a', data: new Float32Array(3), shape: [2, 2] }])).toThrow(/"a"/);
    expect(() => encodeNpz({ a: { data: new Float32Array(3), shape: [4] } })).toThrow(/shape/);
  });
});
