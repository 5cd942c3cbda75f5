/**
 * `npm run fuzz:gguf -- [--count N] [--seed S]`: the long GGUF fuzz run (default 10,000 mutated files). Prints the
 * outcome and every failure; exits 1 if any case broke a rule.
 */
import { fuzzGguf } from '../tests/helpers/ggufFuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

const count = arg('count', 10_000);
const seed = arg('seed', 0x6617);
const t0 = performance.now();
const r = await fuzzGguf(seed, count);
const s = ((performance.now() - t0) / 1000).toFixed(1);
console.log(
  `GGUF fuzz, seed ${seed}: ${count} files in ${s} s — opened ${r.loaded}, refused ${r.refused}, tensor reads refused ${r.tensorRefusals}`,
);
console.log(`lies by field kind: ${JSON.stringify(r.lies)}; slowest case ${r.slowestMs.toFixed(1)} ms`);
for (const f of r.failures) console.log(`FAIL ${f}`);
process.exit(r.failures.length === 0 ? 0 : 1);
