/// <reference lib="webworker" />
/** One overview Worker: opens the file set itself and scans the tensors the pool hands it, one at a time. */
import { overviewHandler } from './overviewHandler';
import type { OverviewRequest, OverviewResponse } from './overviewProtocol';

declare const self: DedicatedWorkerGlobalScope;

const handle = overviewHandler((m: OverviewResponse) => self.postMessage(m));
/** Requests run in order: a scan never starts before the open has finished. */
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<OverviewRequest>) => {
  queue = queue.then(() => handle(event.data));
};
