/** GGUF in the common fuzz run: the GGUF fixtures, with the GGUF engineer's field-aware mutator (lies about counts, lengths, offsets). */
import { ggufBytes } from '../gguf';
import { ggufFields, mutateGguf, type GgufField } from '../ggufMutators';
import type { FuzzFormat } from './harness';
import { byteMutator, mixed, type Mutator } from './mutate';

const NAMES = ['types.gguf', 'v2_align64.gguf'];
const fields = new Map<Uint8Array, GgufField[]>();

const fieldLies: Mutator = (src, rand) => {
  let f = fields.get(src);
  if (f === undefined) fields.set(src, (f = ggufFields(src)));
  return mutateGguf(src, f, rand).bytes;
};

/** The GGUF entry of FUZZ_FORMATS. */
export const GGUF_FUZZ: FuzzFormat = {
  name: 'gguf',
  bases: NAMES.map((n) => [[n, ggufBytes(n)]]),
  mutate: mixed(fieldLies, fieldLies, byteMutator),
};
