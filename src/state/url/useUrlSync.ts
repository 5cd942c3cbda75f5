import { useEffect } from 'react';
import { useAnalysis } from '../analysis';
import { useScene, type SceneState } from '../scene';
import { modelLabInputs, useModelLab } from '../modelLab';
import { DEFAULT_SOURCE } from '../source';
import { decodeScene, encodeScene } from './codec';
import { useLink } from './linkStore';
import { linkParts, linkText } from './location';
import { withLessonScene } from '../lessonLink';

/** Quiet time (ms) after the last change before the link is written: a drag writes once, when it settles. */
export const SETTLE_MS = 300;

/**
 * The scene a link describes (the model lab's inputs go straight to their store), with a named local file replaced by
 * the default sample until the user opens it, and a web address (src=) likewise until the user agrees to fetch it.
 */
function sceneFromLink(search: string): SceneState {
  const { scene, model, ignored } = withLessonScene(decodeScene(search), search);
  useModelLab.setState(model);
  const { source } = scene;
  const pendingFile = source.kind === 'file' ? { files: source.files, tensor: source.tensor } : null;
  const pendingUrl = source.kind === 'url' ? { url: source.url, tensor: source.tensor } : null;
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
 * Keeps the address bar in step with the scene: one history entry per settled change; Back/Forward restore. The
 * scene is written to the fragment (never sent to a server); an old `?v=1&…` link is rewritten there on the first write.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let written = false; // the first write only tidies the link the page was opened with
    const write = () => {
      if (!useAnalysis.getState().summary) return; // the range means nothing before the first tensor arrives
      const { search, hash } = linkParts(currentQuery());
      if (search === window.location.search && hash === window.location.hash) return;
      const address = `${window.location.pathname}${search}${hash}`;
      if (written) window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
      written = true;
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, SETTLE_MS);
    };
    const unsubscribeScene = useScene.subscribe(schedule);
    const unsubscribeModel = useModelLab.subscribe(schedule);
    const unsubscribeAnalysis = useAnalysis.subscribe((a, before) => a.summary !== before.summary && schedule());
    const onPop = () => {
      clearTimeout(timer);
      useScene.setState(sceneFromLink(locationText()));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribeScene();
      unsubscribeModel();
      unsubscribeAnalysis();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
