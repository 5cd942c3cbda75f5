import { useEffect } from 'react';
import { useAnalysis } from '../analysis';
import { useScene, type SceneState } from '../scene';
import { modelLabInputs, useModelLab } from '../modelLab';
import { DEFAULT_SOURCE } from '../source';
import { decodeScene, encodeScene, sameExcept } from './codec';
import { useGesture } from '../gesture';
import { containerKey, sourceKey } from '../source';
import { useOverview } from '../overview';
import { useLink } from './linkStore';
import { linkParts, linkText } from './location';
import { withLessonScene } from '../lessonLink';

/**
 * The scene a link describes (the model lab's inputs go straight to their store), with a named local file replaced by
 * the default sample until the user opens it, and a web address (src=) likewise until the user agrees to fetch it.
 * Files opened and addresses shown earlier in this visit are at hand: Back/Forward shows them again without asking.
 */
function sceneFromLink(search: string): SceneState {
  const { scene, model, ignored } = withLessonScene(decodeScene(search), search);
  useModelLab.setState(model);
  const { source } = scene;
  const atHand =
    source.kind === 'file'
      ? useOverview.getState().files?.key === containerKey(source)
      : source.kind === 'url' && useLink.getState().shownUrls.includes(source.url);
  const pendingFile = source.kind === 'file' && !atHand ? { files: source.files, tensor: source.tensor } : null;
  const pendingUrl = source.kind === 'url' && !atHand ? { url: source.url, tensor: source.tensor } : null;
  useLink.setState({ ignored, pendingFile, pendingUrl });
  return pendingFile || pendingUrl ? { ...scene, source: DEFAULT_SOURCE } : scene;
}

/** Query string (without '?') of the scene and the model lab as they are now: what a link carries. */
export function currentQuery(): string {
  return encodeScene(useScene.getState(), modelLabInputs(useModelLab.getState()));
}

/** The parameter text of the page's address (the fragment, or an old link's query). */
export function locationText(): string {
  return linkText(window.location.search, window.location.hash);
}

/** Reads the page's link into the scene; call once before the first render. */
export function loadSceneFromLocation(): void {
  useScene.setState(sceneFromLink(locationText()));
}

/**
 * Keeps the address bar in step with the scene: one history entry per change the user makes — a drag or a held
 * key is one change, written on pointer-up / key-up — and none while a tensor is still loading (a failed load
 * leaves the link as it was). Zooming replaces the entry instead of adding one. Back/Forward restore the scene.
 * The scene is written to the fragment (never sent to a server); an old `?v=1&…` link is rewritten there on the
 * first write. The first write after Back/Forward replaces the entry: what the entry's link could not show (a file
 * not at hand) must not push a new entry on top, or Back would land on the same entry again and again.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let written = false; // the first write only tidies the link the page was opened with
    let queued = false;
    let popped = false; // Back/Forward moved to an entry that has not been written since
    const write = () => {
      queued = false;
      const scene = useScene.getState();
      const { summary, loadedSource } = useAnalysis.getState();
      if (loadedSource?.kind === 'url' && !useLink.getState().shownUrls.includes(loadedSource.url)) {
        useLink.setState((l) => ({ shownUrls: [...l.shownUrls, loadedSource.url] }));
      }
      if (useGesture.getState().active || !summary || !loadedSource) return; // mid-gesture, or nothing shown yet
      if (sourceKey(scene.source) !== sourceKey(loadedSource)) return; // a load is pending: written when it lands
      const afterPop = popped;
      popped = false;
      const { search, hash } = linkParts(currentQuery());
      if (search === window.location.search && hash === window.location.hash) return;
      const address = `${window.location.pathname}${search}${hash}`;
      if (written && !afterPop && !sameExcept(hash.slice(1), window.location.hash.slice(1), 'zoom')) {
        window.history.pushState(null, '', address);
      } else window.history.replaceState(null, '', address);
      written = true;
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(write); // the changes of one event make one entry
    };
    const unsubscribeScene = useScene.subscribe(schedule);
    const unsubscribeModel = useModelLab.subscribe(schedule);
    const unsubscribeAnalysis = useAnalysis.subscribe((a, before) => a.summary !== before.summary && schedule());
    const unsubscribeGesture = useGesture.subscribe((g, before) => g.ended !== before.ended && schedule());
    const onPop = () => {
      popped = true;
      useScene.setState(sceneFromLink(locationText()));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribeScene();
      unsubscribeModel();
      unsubscribeAnalysis();
      unsubscribeGesture();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
