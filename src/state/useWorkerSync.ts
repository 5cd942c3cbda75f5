import { useEffect } from 'react';
import { isSuperseded, quantWorker } from '../worker/client';
import { useRested } from './gesture';
import { useAnalysis, exactKey } from './analysis';
import { useScene } from './scene';
import { useQuantParams } from './derived';
import { errorMessage, loadSource } from './loadSource';
import { sourceKey } from './source';

/** Keeps the Worker in step with the scene: loads the chosen tensor, and computes exact errors when the range rests. */
export function useWorkerSync(): void {
  const source = useScene((s) => s.source);
  const key = sourceKey(source);
  const params = useQuantParams();
  const generation = useAnalysis((a) => a.generation);
  const rested = useRested(params, exactKey(generation, params));

  useEffect(() => {
    void quantWorker.call('backend').then((backend) => useAnalysis.setState({ backend }));
    quantWorker.onProgress = (p) =>
      useAnalysis.setState((a) => {
        const now = performance.now();
        const startedAt = a.progress?.startedAt ?? now;
        return { progress: p && { ...p, startedAt, elapsedMs: now - startedAt } };
      });
  }, []);

  useEffect(() => {
    const loaded = useAnalysis.getState().loadedSource;
    if (loaded && sourceKey(loaded) === key) return;
    let cancelled = false;
    useAnalysis.setState({ loading: true });
    loadSource(source)
      .then((summary) => {
        if (cancelled || !summary) return;
        useAnalysis.setState((a) => ({
          summary,
          loadedSource: source,
          generation: a.generation + 1,
          loading: false,
          error: null,
          exact: null,
        }));
        const scene = useScene.getState();
        // 'max' is known now; another calibrator's range arrives with the calibrations; null keeps a linked range.
        if (scene.calibrator === 'max') scene.adoptCalibrator('max', { min: summary.stats.min, max: summary.stats.max });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const previous = useAnalysis.getState().loadedSource;
        useAnalysis.setState({ loading: false, error: errorMessage(err) });
        if (previous) useScene.getState().setSource(previous); // what was shown before stays, controls included
      });
    return () => {
      cancelled = true;
    };
    // `source` is identified by `key`: a new object with the same key is the same source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (generation === 0 || useAnalysis.getState().summary?.streamed) return; // streamed: the estimate is all there is
    const k = exactKey(generation, rested);
    if (useAnalysis.getState().exact?.key === k) return;
    quantWorker
      .latest('exact', k, 'exact', rested)
      .then(({ stats, codeCounts }) => {
        if (useAnalysis.getState().generation === generation) useAnalysis.setState({ exact: { key: k, stats, codeCounts } });
      })
      .catch((err: unknown) => isSuperseded(err) || useAnalysis.setState({ error: errorMessage(err) }));
  }, [generation, rested]);
}
