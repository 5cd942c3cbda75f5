/** Runs GGUF fuzz cases: each mutated file must load consistently or be refused with a located, typed error. */
import { openFiles, TensorFileError } from '../../src/io';
import { createRandom } from '../../src/samples/random';
import { ggufBytes } from './gguf';
import { ggufFields, mutateGguf } from './ggufMutators';

/** The fixture files mutated. */
const BASES = ['types.gguf', 'v2_align64.gguf'];

/** What a run found; `failures` lists cases that broke a rule (empty when all is well). */
export interface GgufFuzzOutcome {
  loaded: number;
  refused: number;
  /** Refusals of reading one tensor while the file itself opened. */
  tensorRefusals: number;
  slowestMs: number;
  /** How many lies each kind of field got. */
  lies: Record<string, number>;
  failures: string[];
}

/** A refusal message says where: a byte offset, a tensor, a metadata key, or the header field at fault. */
const LOCATED =
  /byte \d|tensors? '|metadata '|general\.alignment|version|magic|file ends|file has \d+ bytes|contains no tensors|0 elements/;

function check(e: unknown): string | undefined {
  if (!(e instanceof TensorFileError)) return `not a TensorFileError: ${String(e)}`;
  if (e.unexpected) return `unexpected: ${e.message}`;
  if (e.format !== 'gguf') return `format ${e.format}: ${e.message}`;
  if (!LOCATED.test(e.message)) return `not located: ${e.message}`;
  return undefined;
}

/** Opens the file, then reads, streams and scans the block scales of every tensor; returns the rule broken, if any. */
async function attempt(bytes: Uint8Array, name: string, out: GgufFuzzOutcome): Promise<string | undefined> {
  let src;
  try {
    src = await openFiles([new File([bytes.slice()], name)]);
  } catch (e) {
    out.refused++;
    return check(e);
  }
  out.loaded++;
  for (const info of src.tensors) {
    try {
      const t = await src.read(info.name);
      const n = t.shape.reduce((a, d) => a * d, 1);
      if (t.data.length !== n) return `${info.name}: data.length ${t.data.length} != product(shape) ${n}`;
      let streamed = 0;
      await src.stream?.(info.name, (v) => void (streamed += v.length), 4096);
      if (streamed !== n) return `${info.name}: streamed ${streamed} values, expected ${n}`;
      const s = await src.blockScales?.(info.name);
      if (s !== undefined && s.scales.length * s.span !== n) return `${info.name}: ${s.scales.length} scales × ${s.span} != ${n}`;
    } catch (e) {
      out.tensorRefusals++;
      const why = check(e);
      if (why !== undefined) return why;
    }
  }
  return undefined;
}

/** Runs `count` seeded cases over the GGUF fixtures. */
export async function fuzzGguf(seed: number, count: number): Promise<GgufFuzzOutcome> {
  const rand = createRandom(seed).uniform;
  const bases = BASES.map((name) => {
    const bytes = ggufBytes(name);
    return { name, bytes, fields: ggufFields(bytes) };
  });
  const out: GgufFuzzOutcome = { loaded: 0, refused: 0, tensorRefusals: 0, slowestMs: 0, lies: {}, failures: [] };
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const { bytes, how, lies } = mutateGguf(base.bytes, base.fields, rand);
    for (const k of lies) out.lies[k] = (out.lies[k] ?? 0) + 1;
    const t0 = performance.now();
    const why = await attempt(bytes, base.name, out);
    out.slowestMs = Math.max(out.slowestMs, performance.now() - t0);
    if (why !== undefined) out.failures.push(`seed ${seed} case ${i} (${base.name}; ${how}): ${why}`);
  }
  return out;
}
