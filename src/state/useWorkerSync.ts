import { useEffect, useRef } from 'react';
import { isSuperseded, quantWorker, watchWorker } from '../worker/client';
import { useAnalysis, exactKey } from './analysis';
import { isSymmetric, useScene, type SceneState } from './scene';
import { drawable } from './drawable';
import { handleBounds } from './range';
import { useQuantParams } from './derived';
import { useRested } from './gesture';
import { errorMessage, loadSource } from './loadSource';
import { DEFAULT_SOURCE, sourceKey } from './source';

/** What choosing another source changes in the scene: put back as it was when the load fails. */
type SourceChange = Pick<SceneState, 'source' | 'clip' | 'zoom'>;

/** Keeps the Worker in step with the scene: loads the chosen tensor, and computes exact errors when the range rests. */
export function useWorkerSync(): void {
  const source = useScene((s) => s.source);
  const key = sourceKey(source);
  const params = useQuantParams();
  const generation = useAnalysis((a) => a.generation);
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

  const rested = useRested(params, exactKey(generation, params));
  /** Key of the source the Worker was last asked to load (it holds that one once the load lands, even if superseded). */
  const requested = useRef<string | null>(null);

  useEffect(() => {
    const { setBackend, setProgress } = useAnalysis.getState();
    void quantWorker.call('backend').then(setBackend);
    quantWorker.onProgress = setProgress;
  }, []);

  // The scene as it was before the source changed, kept until the new source loads (the earliest if several follow).
  useEffect(
    () =>
      useScene.subscribe((s, before) => {
        if (sourceKey(s.source) === sourceKey(before.source) || sceneBeforeLoad) return;
        const loaded = useAnalysis.getState().loadedSource;
        if (loaded && sourceKey(loaded) === sourceKey(before.source))
          sceneBeforeLoad = { source: before.source, clip: before.clip, zoom: before.zoom };
      }),
    [],
  );

  useEffect(() => {
    const loaded = useAnalysis.getState().loadedSource;
    // Back to the tensor on screen: nothing to do, unless a load of another one went out since (the Worker may hold that one now).
    if (loaded && sourceKey(loaded) === key && (requested.current === null || requested.current === key)) return;
    requested.current = key;
    let cancelled = false;
    const analysis = useAnalysis.getState();
    analysis.startLoading();
    loadSource(source)
      .then((summary) => {
        if (cancelled || !summary) return;
        sceneBeforeLoad = null;
        // a linked range or zoom beyond what the chart can draw for this tensor is limited (before anything draws), with a notice
        const now = useScene.getState();
        const bounds = handleBounds(summary.stats.min, summary.stats.max, isSymmetric(now));
        const view = drawable(now.clip.kind === 'manual' ? now.clip.range : bounds, now.zoom, bounds);
        if (view.clamped)
          useScene.setState({ clip: now.clip.kind === 'manual' ? { kind: 'manual', range: view.range } : now.clip, zoom: view.zoom });
        analysis.loaded(summary, source, view.clamped);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const previous = useAnalysis.getState().loadedSource;
        requested.current = previous && sourceKey(previous); // the Worker still holds the tensor on screen
        analysis.loadFailed(errorMessage(err), !previous);
        const restore = sceneBeforeLoad;
        sceneBeforeLoad = null;
        // the scene exactly as it was (source, clipping choice, zoom); with nothing before, the default sample
        if (restore) useScene.setState(restore);
        else if (!previous) useScene.getState().setSource(DEFAULT_SOURCE);
      });
    return () => {
      cancelled = true;
    };
    // `source` is identified by `key`: a new object with the same key is the same source.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, restarts]);

  useEffect(() => {
    if (generation === 0 || useAnalysis.getState().summary?.streamed) return; // streamed: the estimate is all there is
    const k = exactKey(generation, rested);
    if (useAnalysis.getState().exact?.key === k) return;
    quantWorker
      .latest('exact', k, 'exact', rested)
      .then(({ stats, codeCounts }) => useAnalysis.getState().setExact(generation, { key: k, stats, codeCounts }))
      .catch((err: unknown) => isSuperseded(err) || useAnalysis.getState().failed(errorMessage(err)));
  }, [generation, rested]);
}

/** The scene before the pending source change (null when no load is pending or nothing was shown before). */
let sceneBeforeLoad: SourceChange | null = null;
