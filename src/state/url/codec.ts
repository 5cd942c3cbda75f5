import { DEFAULT_SCENE, type SceneState } from '../scene';
import { DEFAULT_MODEL_LAB, type ModelLabInputs } from '../modelLab';
import { migrate } from './migrations';
import { FIELDS, MODEL_FIELDS, URL_VERSION, type LinkedScene } from './schema';

/** What reading a link gave: the scene, the model lab's inputs, and the parameters that were ignored, with why (for the notice). */
export interface DecodedLink {
  scene: LinkedScene;
  model: ModelLabInputs;
  ignored: { key: string; reason: 'invalid' | 'unknown' | 'duplicate' | 'version' }[];
}

/** Query string (without '?') for a scene and the model lab: `v` first, then every non-default field in table order. */
export function encodeScene(scene: SceneState, model: ModelLabInputs = DEFAULT_MODEL_LAB): string {
  const params = new URLSearchParams({ v: String(URL_VERSION) });
  for (const f of FIELDS) {
    const text = f.write(scene);
    if (text !== null) params.set(f.key, text);
  }
  for (const f of MODEL_FIELDS) {
    const text = f.write(model);
    if (text !== null) params.set(f.key, text);
  }
  return params.toString();
}

/**
 * The scene a query string describes, starting from the defaults. Invalid, unknown and repeated parameters
 * are ignored (the first of a repeated key wins) and listed; a newer link version is read as far as it can be.
 */
export function decodeScene(search: string): DecodedLink {
  const ignored: DecodedLink['ignored'] = [];
  const raw = new URLSearchParams(search.length > 8192 ? '' : search);
  if (search.length > 8192) ignored.push({ key: 'link', reason: 'invalid' });
  const first = new URLSearchParams();
  for (const [key, value] of raw) {
    if (first.has(key)) ignored.push({ key, reason: 'duplicate' });
    else first.append(key, value);
  }
  const versionText = first.get('v');
  let version = versionText !== null && /^\d{1,4}$/.test(versionText) ? Number(versionText) : URL_VERSION;
  if (versionText !== null && !/^\d{1,4}$/.test(versionText)) ignored.push({ key: 'v', reason: 'invalid' });
  if (version > URL_VERSION || version < 1) {
    ignored.push({ key: 'v', reason: 'version' });
    version = URL_VERSION;
  }
  const params = migrate(first, version, URL_VERSION);
  const known = new Set(['v', ...FIELDS.map((f) => f.key), ...MODEL_FIELDS.map((f) => f.key)]);
  for (const key of params.keys()) if (!known.has(key)) ignored.push({ key, reason: 'unknown' });
  const scene: LinkedScene = structuredClone(DEFAULT_SCENE);
  for (const f of FIELDS) {
    const text = params.get(f.key);
    if (text !== null && !f.read(text, scene)) ignored.push({ key: f.key, reason: 'invalid' });
  }
  const model: ModelLabInputs = structuredClone(DEFAULT_MODEL_LAB);
  for (const f of MODEL_FIELDS) {
    const text = params.get(f.key);
    if (text !== null && !f.read(text, model)) ignored.push({ key: f.key, reason: 'invalid' });
  }
  return { scene, model, ignored };
}

/** Whether two query strings hold the same parameters apart from `key` (order of parameters aside). */
export function sameExcept(a: string, b: string, key: string): boolean {
  const rest = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete(key);
    p.sort();
    return p.toString();
  };
  return rest(a) === rest(b);
}
