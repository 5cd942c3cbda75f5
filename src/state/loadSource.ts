import { quantWorker } from '../worker/client';
import type { TensorSummary } from '../worker/api';
import { useAnalysis } from './analysis';
import { useScene } from './scene';
import { useLink } from './url/linkStore';
import { rememberFiles, useOverview } from './overview';
import { containerKey, defaultTensor, sourceUrls, type Source } from './source';

/** Error text for the notice, without a trailing full stop (the notice adds its own). */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');

/**
 * Loads the scene's source into the Worker: a sample, or a tensor of a model/URL/file (opening the container
 * first when needed). Resolves to null when the source only needed its default tensor picked: the scene then
 * names the tensor and the caller runs again.
 */
export async function loadSource(source: Source): Promise<TensorSummary | null> {
  if (source.kind === 'sample') return quantWorker.call('loadSample', { id: source.id, seed: source.seed, size: source.size });
  const key = containerKey(source);
  if (useAnalysis.getState().listingKey !== key) {
    if (source.kind === 'file') {
      // the files of this visit are still at hand (a restarted Worker reopens them); a link's files are not
      const kept = useOverview.getState().files;
      if (kept?.key !== key) throw new Error(`open ${source.files.join(', ')} again: files from this computer are not kept between visits`);
      useAnalysis.getState().setListing(await quantWorker.call('openFiles', kept.files), key);
    } else {
      const urls = sourceUrls(source).map((u) => new URL(u, document.baseURI).href); // the Worker's own URL is no base
      useAnalysis.getState().setListing(await quantWorker.call('openUrls', urls), key);
    }
  }
  if (source.tensor === '') {
    const listing = useAnalysis.getState().listing;
    if (listing) useScene.getState().setTensor(defaultTensor(listing));
    return null;
  }
  return quantWorker.call('loadTensor', source.tensor);
}

/**
 * Opens files from this computer (drop or picker); on success shows their largest tensor — or, when they are
 * the files a link asked for, the link's tensor with the link's range — and on failure keeps what was shown.
 */
export async function openLocalFiles(files: File[]): Promise<void> {
  if (files.length === 0) return;
  useAnalysis.getState().startLoading();
  try {
    const listing = await quantWorker.call('openFiles', files);
    const names = files.map((f) => f.name);
    const wanted = useLink.getState().pendingFile;
    const fromLink =
      wanted !== null && wanted.files.every((f) => names.includes(f)) && listing.tensors.some((x) => x.name === wanted.tensor);
    const source: Source = { kind: 'file', files: names, tensor: fromLink ? wanted.tensor : defaultTensor(listing) };
    useAnalysis.getState().setListing(listing, containerKey(source));
    rememberFiles(containerKey(source), files);
    if (fromLink) {
      useLink.setState({ pendingFile: null });
      useScene.setState({ source }); // keep the link's clipping choice
    } else useScene.getState().setSource(source);
  } catch (err) {
    useAnalysis.getState().failed(errorMessage(err));
  }
}
