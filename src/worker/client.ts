import { WorkerClient } from './workerClient';

export { isSuperseded, WorkerClient } from './workerClient';

/** The app's single Worker. */
export const quantWorker = new WorkerClient(new Worker(new URL('./quant.worker.ts', import.meta.url), { type: 'module' }));
