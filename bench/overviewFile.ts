/** The overview benches' 2 GiB safetensors file, written once to the temp folder (never committed). */
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../src/samples/random';

const SIDE = 4096;
/** 28 tensors of 4096 × 4096 F32 (64 MiB, held and exact) and one of 8192 × 8192 (256 MiB, streamed): 2 GiB of data. */
export const TENSORS = [
  ...Array.from({ length: 28 }, (_, i) => ({ name: `model.layers.${i}.weight`, shape: [SIDE, SIDE] })),
  { name: 'lm_head.weight', shape: [2 * SIDE, 2 * SIDE] },
];
/** Values in the file's tensors. */
export const VALUES = TENSORS.reduce((a, t) => a + t.shape[0] * t.shape[1], 0);
export const FILE_PATH = join(tmpdir(), 'quantscope-bench-overview-2GiB.safetensors');

/** Writes the file: one seeded Laplace block of 16M values, scaled differently for each tensor. */
async function writeFile(): Promise<void> {
  let offset = 0;
  const header: Record<string, unknown> = {};
  for (const t of TENSORS) {
    const bytes = 4 * t.shape[0] * t.shape[1];
    header[t.name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const size = new Uint8Array(8);
  new DataView(size.buffer).setBigUint64(0, BigInt(json.length), true);
  const file = await open(FILE_PATH, 'w');
  await file.write(size);
  await file.write(json);
  const r = createRandom(11);
  const base = new Float32Array(SIDE * SIDE);
  for (let i = 0; i < base.length; i++) base[i] = 0.02 * Math.log(r.uniform() + 1e-12) * (r.uniform() < 0.5 ? -1 : 1);
  const block = new Float32Array(base.length);
  for (const [k, t] of TENSORS.entries()) {
    const scale = 1 + k / 8;
    for (let i = 0; i < base.length; i++) block[i] = base[i] * scale;
    for (let written = 0; written < t.shape[0] * t.shape[1]; written += block.length) await file.write(new Uint8Array(block.buffer));
  }
  await file.close();
}

/** The file's path, after writing it if it is missing or short; returns its size in bytes. */
export async function ensureFile(): Promise<number> {
  if (!existsSync(FILE_PATH) || statSync(FILE_PATH).size < 2 ** 31) {
    console.log(`writing ${FILE_PATH} (once)…`);
    await writeFile();
  }
  return statSync(FILE_PATH).size;
}
