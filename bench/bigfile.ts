/**
 * `npx tsx bench/bigfile.ts`: a 1 GiB F32 tensor in a .safetensors file (written once to the temp folder),
 * summarised in streaming mode as the Worker does it: one chunked pass, never held whole. Prints time and
 * peak memory; asserts nothing.
 */
import { existsSync, openAsBlob, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFiles } from '../src/io';
import { createRandom } from '../src/samples/random';
import { readTensor } from '../src/worker/summarize';

const VALUES = 2 ** 28; // 1 GiB of float32
const path = join(tmpdir(), 'quantscope-bench-1GiB.safetensors');

/** Writes the file in 16 MiB pieces: header, then seeded N(0, 1) values. */
async function writeFile(): Promise<void> {
  const header = new TextEncoder().encode(
    JSON.stringify({ weight: { dtype: 'F32', shape: [2 ** 14, 2 ** 14], data_offsets: [0, 4 * VALUES] } }),
  );
  const size = new Uint8Array(8);
  new DataView(size.buffer).setBigUint64(0, BigInt(header.length), true);
  const file = await open(path, 'w');
  await file.write(size);
  await file.write(header);
  const r = createRandom(7);
  const chunk = new Float32Array(2 ** 22);
  for (let written = 0; written < VALUES; written += chunk.length) {
    for (let i = 0; i < chunk.length; i++) chunk[i] = r.normal();
    await file.write(new Uint8Array(chunk.buffer));
  }
  await file.close();
}

if (!existsSync(path) || statSync(path).size < 4 * VALUES) {
  console.log(`writing ${path} (once)…`);
  await writeFile();
}
const file = new File([await openAsBlob(path)], 'bench.safetensors');
let peakHeap = 0;
let peakBuffers = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
};
const t0 = performance.now();
const source = await openFiles([file]);
const { summary, data } = await readTensor(source, 'weight', { progress: sample, checkCancelled: sample });
const ms = performance.now() - t0;
sample();
const mib = (b: number) => (b / 2 ** 20).toFixed(0);
console.log(
  `1 GiB F32 safetensors (${summary.stats.count} values), streaming mode, 16 MiB chunks, one pass: ${ms.toFixed(0)} ms, ${((4 * VALUES) / (ms * 1e6)).toFixed(2)} GB/s read`,
);
console.log(
  `held whole: ${data !== null}; peak JS heap ${mib(peakHeap)} MiB; peak ArrayBuffers ${mib(peakBuffers)} MiB; min ${summary.stats.min.toFixed(3)} max ${summary.stats.max.toFixed(3)}`,
);
