import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { quantWorker } from '../worker/client';
import { useAnalysis, exactKey } from './analysis';
import { useScene } from './scene';
import { useQuantParams } from './derived';

/** How long the parameters must stay still (ms) before the exact figures are computed. */
export const REST_DELAY_MS = 120;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Keeps the Worker in step with the scene: loads the chosen tensor, and computes exact errors when the range rests. */
export function useWorkerSync(): void {
  const source = useScene(useShallow((s) => s.source));
  const params = useQuantParams();
  const generation = useAnalysis((a) => a.generation);

  useEffect(() => {
    void quantWorker.call('backend').then((backend) => useAnalysis.setState({ backend }));
  }, []);

  useEffect(() => {
    let cancelled = false;
    useAnalysis.setState({ loading: true });
    quantWorker
      .call('loadSample', { id: source.id, seed: source.seed, size: source.size })
      .then((summary) => {
        if (cancelled) return;
        useAnalysis.setState((a) => ({ summary, generation: a.generation + 1, loading: false, error: null, exact: null }));
        useScene.getState().setRange({ min: summary.stats.min, max: summary.stats.max });
      })
      .catch((err: unknown) => {
        if (!cancelled) useAnalysis.setState({ loading: false, error: message(err) });
      });
    return () => {
      cancelled = true;
    };
  }, [source.id, source.seed, source.size]);

  useEffect(() => {
    if (generation === 0) return;
    const key = exactKey(generation, params);
    if (useAnalysis.getState().exact?.key === key) return;
    const timer = setTimeout(() => {
      Promise.all([quantWorker.call('exactError', params), quantWorker.call('codeHistogram', params)])
        .then(([stats, codeCounts]) => {
          if (useAnalysis.getState().generation === generation) useAnalysis.setState({ exact: { key, stats, codeCounts } });
        })
        .catch((err: unknown) => useAnalysis.setState({ error: message(err) }));
    }, REST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [generation, params]);
}
