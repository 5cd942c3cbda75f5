/** The fuzzed formats: base file sets from tests/fixtures/io and the mutators aimed at each. Add a format by adding an entry. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GGUF_FUZZ } from './gguf';
import type { FileSet, FuzzFormat } from './harness';
import { byteMutator, mixed, nestingMutator, numberMutator, wordMutator } from './mutate';

const DIR = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));

/** A fixture as [basename, bytes]. */
function file(rel: string): [string, Uint8Array] {
  return [basename(rel), new Uint8Array(readFileSync(join(DIR, rel)))];
}

const one = (...names: string[]): FileSet[] => names.map((n) => [file(n)]);
const text = (name: string, s: string): FileSet => [[name, new TextEncoder().encode(s)]];

/** Every fuzzed format, in table order. */
export const FUZZ_FORMATS: readonly FuzzFormat[] = [
  {
    name: 'npy',
    bases: one('f4.npy', 'i8.npy', 'be_f4.npy', 'fortran.npy', 'v2.npy', 'v3.npy', 'f2.npy', 'b1.npy', 'scalar.npy', 'u8.npy'),
    mutate: mixed(byteMutator, numberMutator, wordMutator),
  },
  { name: 'npz', bases: one('stored.npz', 'deflated.npz', 'positional.npz'), mutate: mixed(byteMutator, wordMutator) },
  {
    name: 'safetensors',
    bases: one('model.safetensors'),
    mutate: mixed(byteMutator, numberMutator, nestingMutator, wordMutator),
  },
  {
    name: 'tfjs',
    bases: [
      [file('tfjs/model.json'), file('tfjs/group1-shard1of1.bin')],
      [
        file('tfjs_sharded/model.json'),
        file('tfjs_sharded/g1-shard1of2.bin'),
        file('tfjs_sharded/g1-shard2of2.bin'),
        file('tfjs_sharded/g2-shard1of1.bin'),
      ],
    ],
    mutate: mixed(byteMutator, numberMutator, nestingMutator),
  },
  {
    name: 'onnx',
    bases: [
      [file('onnx/torch_cnn.onnx')],
      [file('onnx/typed.onnx')],
      [file('onnx/external.onnx'), file('onnx/external.onnx.data')],
      [file('onnx/unsupported.onnx')],
    ],
    mutate: mixed(byteMutator, wordMutator),
  },
  { name: 'csv', bases: one('data.csv', 'header.csv', 'data.tsv', 'data.txt', 'ragged.txt'), mutate: mixed(byteMutator, numberMutator) },
  {
    name: 'json',
    bases: [
      ...one('nested.json', 'ragged.json'),
      text('obj.json', '{"w": [[1, 2.5], [-3, 4]], "b": [0.5, 1e-3], "name": "layer"}'),
      text('flat.json', '[1, -2, 3.5e-3, Infinity, -0]'),
    ],
    mutate: mixed(byteMutator, numberMutator, nestingMutator),
  },
  GGUF_FUZZ,
];
