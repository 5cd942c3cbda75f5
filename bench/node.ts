/** `npx tsx bench/node.ts`: the suite in Node on the tfjs wasm backend. Prints figures; asserts nothing. */
import { initBackend } from '../src/core';
import { formatRows, runSuite, type BenchRow } from './suite';

const backend = await initBackend();
console.log(`Node ${process.version}, tfjs backend: ${backend}`);
const rows: BenchRow[] = [];
await runSuite((row) => {
  rows.push(row);
  console.log(formatRows([row]));
});
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
console.log(`JS heap in use: ${heapMb.toFixed(0)} MB`);
