/**
 * `npx tsx bench/gguf.ts`: GGUF dequantization throughput on one core (Node), in GB/s of float32 output, for 16M
 * values of random blocks per type, and block-format requantization of 1M floats. Prints figures; asserts nothing.
 */
import { BLOCK_FORMATS, requantize } from '../src/core/math';
import { dequantize } from '../src/io/gguf/dequant';
import { ggmlTypeByName } from '../src/io/gguf/ggmlTypes';
import { createRandom } from '../src/samples/random';
import { medianMs } from './timing';

const VALUES = 2 ** 24;
const TYPES = ['Q4_K', 'Q8_0', 'Q4_0', 'Q5_K', 'Q6_K', 'Q2_K', 'Q3_K', 'MXFP4', 'F16', 'BF16'];

/** Random blocks of `bytes` bytes whose f16 fields are random too (a few are NaN/Inf; speed does not care). */
function randomBytes(bytes: number): Uint8Array {
  const r = createRandom(11);
  const b = new Uint8Array(bytes);
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(r.uniform() * 256);
  return b;
}

const out = new Float32Array(VALUES);
console.log(`GGUF dequantization, ${VALUES / 2 ** 20}M values, Node ${process.version}, one core`);
// What the machine gives right now for writing the same float32 output with no decoding at all.
const floorMs = await medianMs(() => {
  for (let i = 0; i < VALUES; i++) out[i] = i * 0.5 - 1;
}, 7);
console.log(`plain float32 write loop ${floorMs.toFixed(1)} ms  ${((VALUES * 4) / (floorMs * 1e6)).toFixed(2)} GB/s (the floor)`);
for (const name of TYPES) {
  const t = ggmlTypeByName(name);
  if (t === undefined) throw new Error(name);
  const bytes = randomBytes((VALUES / t.blockSize) * t.typeSize);
  const ms = await medianMs(() => dequantize(t, bytes, out), 7);
  const gbs = (VALUES * 4) / (ms * 1e6);
  console.log(
    `${name.padEnd(6)} ${ms.toFixed(1).padStart(7)} ms  ${gbs.toFixed(2)} GB/s of float32 (${((bytes.length / ms) * 1e-6).toFixed(2)} GB/s read)`,
  );
}

// Requantizing a float tensor into each block format (what the Explorer's block-format view runs in the Worker).
const FLOATS = 2 ** 20;
const r = createRandom(5);
const x = Float32Array.from({ length: FLOATS }, () => r.normal());
console.log(`block-format requantization, ${FLOATS / 2 ** 20}M values in rows of 4096`);
for (const f of BLOCK_FORMATS) {
  const ms = await medianMs(() => requantize(x, 4096, f), 3);
  console.log(`${f.padEnd(6)} ${ms.toFixed(1).padStart(7)} ms  ${((FLOATS * 4) / (ms * 1e6)).toFixed(2)} GB/s of float32 in`);
}
