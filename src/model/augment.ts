import type { Random } from '../samples/random';
import { PIXELS } from './data/digitsFile';

const SIDE = 28;

/** Copies digits `indices` of x into out ([k, 784]), each shifted by a random (dx, dy) in [−shift, shift]² (zeros fill in). */
export function shiftedBatch(x: Float32Array, indices: ArrayLike<number>, shift: number, rand: Random, out: Float32Array): void {
  out.fill(0);
  for (let b = 0; b < indices.length; b++) {
    const src = indices[b] * PIXELS;
    const dst = b * PIXELS;
    const dx = shift > 0 ? Math.floor(rand.uniform() * (2 * shift + 1)) - shift : 0;
    const dy = shift > 0 ? Math.floor(rand.uniform() * (2 * shift + 1)) - shift : 0;
    for (let r = 0; r < SIDE; r++) {
      const sr = r - dy;
      if (sr < 0 || sr >= SIDE) continue;
      for (let c = 0; c < SIDE; c++) {
        const sc = c - dx;
        if (sc >= 0 && sc < SIDE) out[dst + r * SIDE + c] = x[src + sr * SIDE + sc];
      }
    }
  }
}
