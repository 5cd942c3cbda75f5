/**
 * `npm run fuzz [-- --count N --seed S --formats npy,npz,…]`: the nightly-style fuzz run (default 10,000 inputs per
 * format) over every reader, with a summary table. Exits non-zero if any input crashed, loaded inconsistently, or was
 * refused with a message that leaks parser internals.
 */
import { FUZZ_FORMATS } from '../tests/helpers/fuzz/formats';
import { fuzzFormat, summaryTable, type FuzzSummary } from '../tests/helpers/fuzz/harness';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const count = Number(option('count', '10000'));
const seed = Number(option('seed', String(0x5eed)));
const wanted = option('formats', FUZZ_FORMATS.map((f) => f.name).join(',')).split(',');
const unknown = wanted.filter((w) => !FUZZ_FORMATS.some((f) => f.name === w));
if (unknown.length > 0) throw new Error(`unknown format(s) ${unknown.join(', ')}; known: ${FUZZ_FORMATS.map((f) => f.name).join(', ')}`);

console.log(`fuzz: ${count} inputs per format, seed ${seed}`);
const rows: FuzzSummary[] = [];
for (const format of FUZZ_FORMATS.filter((f) => wanted.includes(f.name))) {
  const t0 = performance.now();
  const row = await fuzzFormat(format, seed + format.name.length * 7919, count);
  rows.push(row);
  console.log(`${format.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const f of row.failures) console.log(`  case ${f.index} ${f.outcome}: ${f.message.slice(0, 300)}`);
}
console.log(`\n${summaryTable(rows)}`);
const bad = rows.reduce((n, r) => n + r.counts.crash + r.counts.inconsistent + r.counts.leaky, 0);
if (bad > 0) {
  console.log(`\n${bad} input(s) failed`);
  process.exitCode = 1;
}
