/// <reference lib="webworker" />
export {};
/** The browser overview bench's plain read: every byte of a File once, in 16 MiB slices (the overview's reads), nothing else. */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<{ file: File; chunk: number }>) => {
  const { file, chunk } = e.data;
  const t0 = performance.now();
  let sum = 0;
  for (let s = 0; s < file.size; s += chunk) sum += new Uint8Array(await file.slice(s, Math.min(file.size, s + chunk)).arrayBuffer())[0];
  self.postMessage({ ms: performance.now() - t0, sum });
};
