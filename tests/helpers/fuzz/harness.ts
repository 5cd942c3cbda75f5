/**
 * The fuzz harness: feeds mutated file sets to openFiles, reads every tensor, and classifies each outcome.
 * A reader passes when every input either loads consistently or is refused with a TensorFileError meant for a person.
 */
import { createRandom } from '../../../src/samples/random';
import { openFiles, TensorFileError } from '../../../src/io/index';
import type { Mutator, Rand } from './mutate';

/** A file set to mutate: [file name, bytes] per file. */
export type FileSet = [string, Uint8Array][];

/** One format under test: its base file sets and how to corrupt them. */
export interface FuzzFormat {
  name: string;
  bases: FileSet[];
  mutate: Mutator;
}

/** What happened to one input. */
export type Outcome = 'loaded' | 'refused' | 'crash' | 'inconsistent' | 'leaky';

/** Texts of parser internals that must never reach a person (they say nothing about the file). */
const LEAKY = [
  /index out of range/,
  /invalid wire type \d+ at offset/,
  /\bundefined\b/,
  /\bNaN\b(?! values)/,
  /\[object /,
  /Unexpected token/,
];

/** Whether a refusal message leaks parser internals instead of describing the file. */
export function isLeaky(message: string): boolean {
  return LEAKY.some((re) => re.test(message));
}

/** Per-format totals of one run. */
export interface FuzzSummary {
  format: string;
  inputs: number;
  counts: Record<Outcome, number>;
  /** Slowest single input and the 99th percentile, ms. */
  slowestMs: number;
  p99Ms: number;
  /** Largest growth of the JS heap over the run's start seen after an input, MB (a leak or runaway allocation shows here). */
  heapGrowthMb: number;
  /** A few failing inputs: case index and message. */
  failures: { index: number; outcome: Outcome; message: string }[];
}

/** Opens the files and reads every listed tensor; the first problem decides the outcome. */
export async function attempt(files: File[]): Promise<{ outcome: Outcome; message: string }> {
  const judge = (e: unknown): { outcome: Outcome; message: string } => {
    if (!(e instanceof TensorFileError) || e.unexpected) return { outcome: 'crash', message: String(e) };
    return { outcome: isLeaky(e.message) ? 'leaky' : 'refused', message: e.message };
  };
  let source;
  try {
    source = await openFiles(files);
  } catch (e) {
    return judge(e);
  }
  for (const info of source.tensors) {
    try {
      const t = await source.read(info.name);
      const n = t.shape.reduce((a, d) => a * d, 1);
      if (t.data.length !== n)
        return { outcome: 'inconsistent', message: `${info.name}: data.length ${t.data.length} ≠ product(shape) ${n}` };
      if (JSON.stringify(t.shape) !== JSON.stringify(info.shape))
        return { outcome: 'inconsistent', message: `${info.name}: shape differs from the listing` };
    } catch (e) {
      const j = judge(e);
      if (j.outcome !== 'refused') return j;
    }
  }
  return { outcome: 'loaded', message: '' };
}

/** Heap in use, bytes, where the runtime says (Node); 0 elsewhere. */
function heapUsed(): number {
  const p = (globalThis as { process?: { memoryUsage(): { heapUsed: number } } }).process;
  return p ? p.memoryUsage().heapUsed : 0;
}

/** Runs `count` mutated inputs of `format` from `seed`; `onCase` may observe each outcome. */
export async function fuzzFormat(format: FuzzFormat, seed: number, count: number): Promise<FuzzSummary> {
  const rand: Rand = createRandom(seed).uniform;
  const counts: Record<Outcome, number> = { loaded: 0, refused: 0, crash: 0, inconsistent: 0, leaky: 0 };
  const times: number[] = [];
  const failures: FuzzSummary['failures'] = [];
  const heap0 = heapUsed();
  let heapPeak = heap0;
  for (let i = 0; i < count; i++) {
    const base = format.bases[i % format.bases.length];
    const target = Math.floor(rand() * base.length); // which file of the set to corrupt
    const files = base.map(([name, b], k) => new File([(k === target ? format.mutate(b, rand) : b) as Uint8Array<ArrayBuffer>], name));
    if (base.length > 1 && rand() < 0.05) files.pop(); // sometimes a missing shard
    const t0 = performance.now();
    const { outcome, message } = await attempt(files);
    times.push(performance.now() - t0);
    counts[outcome]++;
    if (outcome !== 'loaded' && outcome !== 'refused' && failures.length < 5) failures.push({ index: i, outcome, message });
    if (i % 64 === 0) heapPeak = Math.max(heapPeak, heapUsed());
  }
  times.sort((a, b) => a - b);
  return {
    format: format.name,
    inputs: count,
    counts,
    slowestMs: times[times.length - 1] ?? 0,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
    heapGrowthMb: (heapPeak - heap0) / 2 ** 20,
    failures,
  };
}

/** The summaries as a fixed-width text table. */
export function summaryTable(rows: FuzzSummary[]): string {
  const head = ['format', 'inputs', 'loaded', 'refused', 'crash', 'inconsistent', 'leaky', 'p99 ms', 'slowest ms', 'heap +MB'];
  const body = rows.map((r) => [
    r.format,
    String(r.inputs),
    String(r.counts.loaded),
    String(r.counts.refused),
    String(r.counts.crash),
    String(r.counts.inconsistent),
    String(r.counts.leaky),
    r.p99Ms.toFixed(1),
    r.slowestMs.toFixed(0),
    r.heapGrowthMb.toFixed(0),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
