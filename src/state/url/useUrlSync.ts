import { useEffect } from 'react';
import { useAnalysis } from '../analysis';
import { useScene, type SceneState } from '../scene';
import { DEFAULT_SOURCE } from '../source';
import { decodeScene, encodeScene, sameExcept } from './codec';
import { useGesture } from '../gesture';
import { sourceKey } from '../source';
import { useLink } from './linkStore';

/** The scene a link describes, with a named local file replaced by the default sample until the user opens it. */
function sceneFromLink(search: string): SceneState {
  const { scene, ignored } = decodeScene(search);
  const pendingFile = scene.source.kind === 'file' ? { files: scene.source.files, tensor: scene.source.tensor } : null;
  useLink.setState({ ignored, pendingFile });
  return pendingFile ? { ...scene, source: DEFAULT_SOURCE } : scene;
}

/** Reads the page's link into the scene; call once before the first render. */
export function loadSceneFromLocation(): void {
  useScene.setState(sceneFromLink(window.location.search));
}

/**
 * Keeps the address bar in step with the scene: one history entry per change the user makes — a drag or a held
 * key is one change, written on pointer-up / key-up — and none while a tensor is still loading (a failed load
 * leaves the link as it was). Zooming replaces the entry instead of adding one. Back/Forward restore the scene.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let written = false; // the first write only tidies the link the page was opened with
    let queued = false;
    const write = () => {
      queued = false;
      const scene = useScene.getState();
      const { summary, loadedSource } = useAnalysis.getState();
      if (useGesture.getState().active || !summary || !loadedSource) return; // mid-gesture, or nothing shown yet
      if (sourceKey(scene.source) !== sourceKey(loadedSource)) return; // a load is pending: written when it lands
      const query = `?${encodeScene(scene)}`;
      if (query === window.location.search) return;
      if (written && !sameExcept(query, window.location.search, 'zoom')) window.history.pushState(null, '', query);
      else window.history.replaceState(null, '', query);
      written = true;
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(write); // the changes of one event make one entry
    };
    const unsubscribeScene = useScene.subscribe(schedule);
    const unsubscribeAnalysis = useAnalysis.subscribe((a, before) => a.summary !== before.summary && schedule());
    const unsubscribeGesture = useGesture.subscribe((g, before) => g.ended !== before.ended && schedule());
    const onPop = () => useScene.setState(sceneFromLink(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribeScene();
      unsubscribeAnalysis();
      unsubscribeGesture();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
