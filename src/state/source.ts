import { DEFAULT_SAMPLE, type SampleSpec } from '../samples/samples';
import { findRealModel, MODELS_PATH, type RealModelId } from '../samples/realModels';
import type { SourceListing } from '../worker/api';

/**
 * Where the tensor on screen comes from. Files are named, never carried: a link to a local file can only
 * ask for it again. `tensor` is the chosen tensor's name; '' means "pick a default once the listing is known".
 */
export type Source =
  | ({ kind: 'sample' } & SampleSpec)
  | { kind: 'model'; model: RealModelId; tensor: string }
  | { kind: 'url'; url: string; tensor: string }
  | { kind: 'file'; files: string[]; tensor: string };

/** The default scene's source: a seeded built-in sample. */
export const DEFAULT_SOURCE: Source = { kind: 'sample', ...DEFAULT_SAMPLE };

/** Identity of a source, tensor included. */
export function sourceKey(s: Source): string {
  return s.kind === 'sample' ? `sample:${s.id}:${s.seed}:${s.size}` : `${containerKey(s)}#${s.tensor}`;
}

/** Identity of the file set a non-sample source reads from (its listing is fetched once per container). */
export function containerKey(s: Exclude<Source, { kind: 'sample' }>): string {
  if (s.kind === 'model') return `model:${s.model}`;
  if (s.kind === 'url') return `url:${s.url}`;
  return `file:${s.files.join('|')}`;
}

/** URLs to fetch for a model or URL source, relative to the app. */
export function sourceUrls(s: Extract<Source, { kind: 'model' | 'url' }>): string[] {
  if (s.kind === 'url') return [s.url];
  const model = findRealModel(s.model);
  if (!model) throw new Error(`unknown model "${s.model}"`);
  return model.files.map((f) => `${MODELS_PATH}${f}`);
}

/** The tensor shown first from a listing: the one with the most elements (a layer's main weight, usually). */
export function defaultTensor(listing: SourceListing): string {
  let best = listing.tensors[0];
  for (const t of listing.tensors) if (t.shape.reduce((a, b) => a * b, 1) > best.shape.reduce((a, b) => a * b, 1)) best = t;
  return best?.name ?? '';
}
