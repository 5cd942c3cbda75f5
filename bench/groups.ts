/**
 * `node --expose-gc --import tsx bench/groups.ts`: the Worker's group-wise row on 4M values, groups of 4 and of 1
 * along the last axis (1M and 4M groups): median ms, and MB of JS heap + ArrayBuffers held when the call returns
 * (garbage not yet collected included). Prints figures; asserts nothing.
 */
import { generateSample } from '../src/samples/samples';
import { groupRow } from '../src/worker/granularity';
import { medianMs } from './timing';

const gc = (globalThis as { gc?: () => void }).gc;
const n = 1 << 22;
const x = generateSample({ id: 'laplace-outliers', seed: 1, size: n });
const spec = { bits: 4, mode: 'symmetric', signed: true, narrowRange: false } as const;
const mb = () => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
for (const g of [4, 1]) {
  const shape = [n / 64, 64];
  const ms = await medianMs(() => groupRow(x, shape, g, spec), 5);
  gc?.();
  const m0 = mb();
  groupRow(x, shape, g, spec);
  const held = mb() - m0;
  const label = `group-wise row (Worker), groups of ${g}: ${n / g} groups`;
  console.log(
    `${label.padEnd(60)} ${String(n).padStart(9)}  ${ms.toFixed(1).padStart(8)} ms  ${held.toFixed(0).padStart(5)} MB${gc ? '' : ' (approximate: run with --expose-gc)'}`,
  );
}
