import { WorkerClient } from './client';
import type { ModelProgress, ModelWorkerApi } from './modelApi';

/** The model lab's Worker, started when the Model tab's code first loads (never by the Explorer). */
export const modelWorker = new WorkerClient<ModelWorkerApi, ModelProgress>(
  new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' }),
);
