import { describe, expect, it } from 'vitest';
import { createRandom } from '../samples/random';
import { openFiles, TensorFileError } from './index';
import { fixtureBuffer } from '../../tests/helpers/io';

/** Seeded uniform numbers in [0, 1), from the samples' generator. */
const prng = (seed: number): (() => number) => createRandom(seed).uniform;

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x01, 0x30, 0x2c, 0x22, 0x5b, 0x7b, 0x2d];

/** One random corruption: byte flips, interesting bytes, truncation, insertion, deletion or a copied run. */
function mutate(src: Uint8Array, rand: () => number): Uint8Array {
  const int = (n: number): number => Math.floor(rand() * n);
  let b = src.slice();
  const rounds = 1 + int(4);
  for (let r = 0; r < rounds && b.length > 0; r++) {
    const op = int(6);
    const p = int(b.length);
    if (op === 0) b[p] ^= 1 << int(8);
    else if (op === 1) b[p] = INTERESTING[int(INTERESTING.length)];
    else if (op === 2) b = b.slice(0, int(b.length + 1));
    else if (op === 3) {
      const ins = Uint8Array.from({ length: 1 + int(8) }, () => int(256));
      b = Uint8Array.from([...b.subarray(0, p), ...ins, ...b.subarray(p)]);
    } else if (op === 4) b = Uint8Array.from([...b.subarray(0, p), ...b.subarray(p + 1 + int(8))]);
    else {
      const q = int(b.length);
      const len = Math.min(1 + int(16), b.length - Math.max(p, q));
      b.copyWithin(q, p, p + len);
    }
  }
  return b;
}

interface Outcome {
  loaded: number;
  refused: number;
}

/** Opens the files and reads every tensor; a success must have data.length === product(shape). */
async function attempt(files: File[]): Promise<'loaded' | 'refused'> {
  try {
    const src = await openFiles(files);
    for (const info of src.tensors) {
      try {
        const t = await src.read(info.name);
        const n = t.shape.reduce((a, d) => a * d, 1);
        if (t.data.length !== n) throw new Error(`data.length ${t.data.length} != product(shape) ${n}`);
        if (JSON.stringify(t.shape) !== JSON.stringify(info.shape)) throw new Error('shape differs from the listing');
      } catch (e) {
        if (!(e instanceof TensorFileError) || e.unexpected) throw e;
      }
    }
    return 'loaded';
  } catch (e) {
    if (e instanceof TensorFileError && !e.unexpected) return 'refused';
    throw e;
  }
}

/** Runs `count` mutated variants of the base file sets. */
async function fuzz(seed: number, count: number, bases: [string, Uint8Array][][]): Promise<Outcome> {
  const rand = prng(seed);
  const out: Outcome = { loaded: 0, refused: 0 };
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const target = Math.floor(rand() * base.length); // which file of the set to corrupt
    const files = base.map(([name, b], k) => new File([(k === target ? mutate(b, rand) : b) as Uint8Array<ArrayBuffer>], name));
    if (base.length > 1 && rand() < 0.05) files.pop(); // sometimes a missing shard
    let result: 'loaded' | 'refused';
    try {
      result = await attempt(files);
    } catch (e) {
      throw new Error(`seed ${seed} case ${i} (${base.map(([n]) => n).join(', ')}): ${String(e)}`, { cause: e });
    }
    out[result]++;
  }
  return out;
}

const file = (rel: string): [string, Uint8Array] => [rel.split('/').pop() ?? rel, new Uint8Array(fixtureBuffer(rel))];

const SETS: Record<string, [string, Uint8Array][][]> = {
  npy: ['f4.npy', 'i8.npy', 'be_f4.npy', 'fortran.npy', 'v2.npy', 'v3.npy', 'f2.npy', 'b1.npy', 'scalar.npy', 'u8.npy'].map((n) => [
    file(n),
  ]),
  npz: ['stored.npz', 'deflated.npz', 'positional.npz'].map((n) => [file(n)]),
  safetensors: [[file('model.safetensors')]],
  tfjs: [
    [file('tfjs/model.json'), file('tfjs/group1-shard1of1.bin')],
    [
      file('tfjs_sharded/model.json'),
      file('tfjs_sharded/g1-shard1of2.bin'),
      file('tfjs_sharded/g1-shard2of2.bin'),
      file('tfjs_sharded/g2-shard1of1.bin'),
    ],
  ],
  csv: ['data.csv', 'header.csv', 'data.tsv', 'data.txt', 'nested.json'].map((n) => [file(n)]),
  onnx: [
    [file('onnx/torch_cnn.onnx')],
    [file('onnx/typed.onnx')],
    [file('onnx/external.onnx'), file('onnx/external.onnx.data')],
    [file('onnx/unsupported.onnx')],
  ],
};

describe('fuzz: mutated and truncated files load consistently or throw TensorFileError', () => {
  for (const [format, bases] of Object.entries(SETS)) {
    it(`${format}: 1200 mutated files`, async () => {
      const r = await fuzz(0x5eed + format.length * 7919, 1200, bases);
      // Both outcomes occur, so the mutations are neither all fatal nor all harmless.
      expect(r.refused).toBeGreaterThan(50);
      expect(r.loaded).toBeGreaterThan(20);
    });
  }
});

describe('fuzz: an ONNX model cut at every byte loads consistently or throws TensorFileError', () => {
  it.each(['onnx/torch_cnn.onnx', 'onnx/typed.onnx'])('%s', async (rel) => {
    const [name, b] = file(rel);
    const out = { loaded: 0, refused: 0 };
    for (let n = 0; n < b.length; n++) {
      out[await attempt([new File([b.slice(0, n)], name)])]++;
    }
    // Only the whole file is a complete model; some prefixes end between initializers and still parse.
    expect(out.refused).toBeGreaterThan(b.length * 0.9);
  });
});
