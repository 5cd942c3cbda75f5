import { useEffect, useRef } from 'react';
import { quantWorker, watchWorker } from '../worker/client';
import { useAnalysis, exactKey } from './analysis';
import { isSymmetric, useScene } from './scene';
import { drawable } from './drawable';
import { handleBounds } from './range';
import { useQuantParams } from './derived';
import { errorMessage, loadSource } from './loadSource';
import { DEFAULT_SOURCE, sourceKey } from './source';

/** How long the parameters must stay still (ms) before the exact figures are computed. */
export const REST_DELAY_MS = 120;

/** Keeps the Worker in step with the scene: loads the chosen tensor, and computes exact errors when the range rests. */
export function useWorkerSync(): void {
  const source = useScene((s) => s.source);
  const key = sourceKey(source);
  const params = useQuantParams();
  const generation = useAnalysis((a) => a.generation);
  /** Key of the source the Worker was last asked to load (it holds that one once the load lands, even if superseded). */
  const requested = useRef<string | null>(null);

  const restarts = useAnalysis((a) => a.restarts);

  // A Worker that dies is replaced; the tensor on screen is then loaded again (the scene stays as it is).
  useEffect(
    () =>
      watchWorker((why) =>
        useAnalysis.setState((a) => ({
          workerRestart: why,
          restarts: a.restarts + 1,
          loadedSource: null,
          listingKey: null,
          progress: null,
        })),
      ),
    [],
  );

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
    // Back to the tensor on screen: nothing to do, unless a load of another one went out since (the Worker may hold that one now).
    if (loaded && sourceKey(loaded) === key && (requested.current === null || requested.current === key)) return;
    requested.current = key;
    let cancelled = false;
    useAnalysis.setState({ loading: true });
    loadSource(source)
      .then((summary) => {
        if (cancelled || !summary) return;
        const scene = useScene.getState();
        // 'max' is known now; another calibrator's range arrives with the calibrations; null keeps a linked range.
        if (scene.calibrator === 'max') scene.adoptCalibrator('max', { min: summary.stats.min, max: summary.stats.max });
        // a linked range or zoom beyond what the chart can draw for this tensor is limited (before anything draws), with a notice
        const now = useScene.getState();
        const view = drawable(now.range, now.zoom, handleBounds(summary.stats.min, summary.stats.max, isSymmetric(now)));
        if (view.clamped) useScene.setState({ range: view.range, zoom: view.zoom });
        useAnalysis.setState((a) => {
          const keep = a.fellBack && sourceKey(source) === sourceKey(DEFAULT_SOURCE); // the fallback's own message stays
          return {
            summary,
            loadedSource: source,
            loadedListing: { listing: a.listing, listingKey: a.listingKey },
            generation: a.generation + 1,
            loading: false,
            error: keep ? a.error : null,
            fellBack: keep,
            viewClamped: view.clamped,
            exact: null,
          };
        });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const { loadedSource: previous, loadedListing } = useAnalysis.getState();
        // what was shown before stays, controls and tensor list included; with nothing before, the default sample
        useAnalysis.setState({ loading: false, error: errorMessage(err), fellBack: !previous, ...(loadedListing ?? {}) });
        useScene.getState().setSource(previous ?? DEFAULT_SOURCE);
      });
    return () => {
      cancelled = true;
    };
    // `source` is identified by `key`: a new object with the same key is the same source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, restarts]);

  useEffect(() => {
    if (generation === 0 || useAnalysis.getState().summary?.streamed) return; // streamed: the estimate is all there is
    const k = exactKey(generation, params);
    if (useAnalysis.getState().exact?.key === k) return;
    const timer = setTimeout(() => {
      Promise.all([quantWorker.call('exactError', params), quantWorker.call('codeHistogram', params)])
        .then(([stats, codeCounts]) => {
          if (useAnalysis.getState().generation === generation) useAnalysis.setState({ exact: { key: k, stats, codeCounts } });
        })
        .catch((err: unknown) => useAnalysis.setState({ error: errorMessage(err) }));
    }, REST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [generation, params]);
}
