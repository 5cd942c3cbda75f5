import { MAX_BITS, MIN_BITS } from '../../core/math';
import { LANGUAGES } from '../../i18n/languages';
import { SAMPLE_IDS, SAMPLE_SIZES } from '../../samples/samples';
import { REAL_MODELS } from '../../samples/realModels';
import { methodId, parseMethodId } from '../calibrators';
import { DEFAULT_SCENE, HIDEABLE, PANELS, type SceneState } from '../scene';
import { LAB_ACTIVATIONS } from '../../shared/labs';
import {
  DEFAULT_MODEL_LAB,
  MAX_TRAIN_EPOCHS,
  MODEL_CALIBRATORS,
  MODEL_MAX_BITS,
  MODEL_MIN_BITS,
  WEIGHT_GRANULARITIES,
  weightsId,
  type ModelLabInputs,
  type ModelWeights,
} from '../modelLab';
import { parseBounded } from './bounds';
import { LESSONS } from '../../lessons';
import { OVERVIEW_METRICS, OVERVIEW_SORTS } from '../../overview/metrics';
import { formatColumns, parseColumns } from '../overviewColumns';
import { formatNumber, parseBoolean, parseChoice, parseHttpUrl, parseInteger, parseNumber, parseText } from './codecs';

/** Version of the link format written by this build; older links are migrated (see migrations.ts). */
export const URL_VERSION = 1;

/** The scene a link carries: every field of the scene shapes what is seen. */
export type LinkedScene = SceneState;

/**
 * One URL parameter: `write` gives its text, or null to leave it out (the default); `read` applies its text to
 * a draft scene and says whether the text was acceptable. Read in table order, so source keys come first.
 */
export interface Field<S = LinkedScene> {
  key: string;
  write(s: S): string | null;
  read(text: string, draft: S): boolean;
}

/** The default scene's calibrator (left out of links). */
const DEFAULT_CALIBRATOR = DEFAULT_SCENE.clip.kind === 'calibrator' ? DEFAULT_SCENE.clip.id : '';
/** The user's own range when a link says calib=own without a range. */
const OWN_RANGE = { min: -1, max: 1 };

/** Largest |value| accepted for a range bound: beyond float32's range nothing is meaningful. */
const MAX_BOUND = 3.4e38;
const MODEL_IDS = REAL_MODELS.map((m) => m.id);
const SIZES = SAMPLE_SIZES.map(String);
const LESSON_IDS = LESSONS.map((l) => l.id);

/** Applies `parsed` with `apply` when it is defined; returns whether it was. */
function accept<T>(parsed: T | undefined, apply: (v: T) => void): boolean {
  if (parsed === undefined) return false;
  apply(parsed);
  return true;
}

/** A boolean scene flag under `key`, written only when it differs from the default. */
function flag(key: string, get: (s: LinkedScene) => boolean, set: (d: LinkedScene, v: boolean) => void, fallback: boolean): Field {
  return {
    key,
    write: (s) => (get(s) === fallback ? null : get(s) ? '1' : '0'),
    read: (text, d) => accept(parseBoolean(text), (v) => set(d, v)),
  };
}

/** The table that drives both directions of the link format. */
export const FIELDS: Field[] = [
  // Source: a URL (src), a real model, a file named by the user, or a seeded sample (the default).
  {
    key: 'src',
    write: (s) => (s.source.kind === 'url' ? s.source.url : null),
    read: (text, d) => accept(parseHttpUrl(text), (url) => (d.source = { kind: 'url', url, tensor: '' })),
  },
  {
    key: 'model',
    write: (s) => (s.source.kind === 'model' ? s.source.model : null),
    read: (text, d) => accept(parseChoice(text, MODEL_IDS), (model) => (d.source = { kind: 'model', model, tensor: '' })),
  },
  {
    key: 'file',
    write: (s) => (s.source.kind === 'file' ? s.source.files.join('|') : null),
    read: (text, d) => accept(parseText(text, 1024), (t) => (d.source = { kind: 'file', files: t.split('|').slice(0, 64), tensor: '' })),
  },
  {
    key: 'tensor',
    write: (s) => (s.source.kind !== 'sample' && s.source.tensor ? s.source.tensor : null),
    read: (text, d) =>
      d.source.kind !== 'sample' && accept(parseText(text, 512), (tensor) => (d.source = { ...d.source, tensor } as typeof d.source)),
  },
  {
    key: 'sample',
    write: (s) => (s.source.kind === 'sample' && s.source.id !== defaultSample().id ? s.source.id : null),
    read: (text, d) => d.source.kind === 'sample' && accept(parseChoice(text, SAMPLE_IDS), (id) => (d.source = { ...sampleOf(d), id })),
  },
  {
    key: 'seed',
    write: (s) => (s.source.kind === 'sample' && s.source.seed !== defaultSample().seed ? String(s.source.seed) : null),
    read: (text, d) => d.source.kind === 'sample' && accept(parseBounded('seed', text), (seed) => (d.source = { ...sampleOf(d), seed })),
  },
  {
    key: 'n',
    write: (s) => (s.source.kind === 'sample' && s.source.size !== defaultSample().size ? String(s.source.size) : null),
    read: (text, d) =>
      d.source.kind === 'sample' && accept(parseChoice(text, SIZES), (n) => (d.source = { ...sampleOf(d), size: Number(n) })),
  },
  // Quantization.
  {
    key: 'bits',
    write: (s) => (s.spec.bits === DEFAULT_SCENE.spec.bits ? null : String(s.spec.bits)),
    read: (text, d) => accept(parseInteger(text, MIN_BITS, MAX_BITS), (bits) => (d.spec = { ...d.spec, bits })),
  },
  {
    key: 'mode',
    write: (s) => (s.spec.mode === DEFAULT_SCENE.spec.mode ? null : s.spec.mode),
    read: (text, d) => accept(parseChoice(text, ['affine', 'symmetric'] as const), (mode) => (d.spec = { ...d.spec, mode })),
  },
  flag(
    'signed',
    (s) => s.spec.signed,
    (d, signed) => (d.spec = { ...d.spec, signed }),
    DEFAULT_SCENE.spec.signed,
  ),
  flag(
    'narrow',
    (s) => s.spec.narrowRange,
    (d, narrowRange) => (d.spec = { ...d.spec, narrowRange }),
    DEFAULT_SCENE.spec.narrowRange,
  ),
  flag(
    'lock',
    (s) => s.symmetricLock,
    (d, v) => (d.symmetricLock = v),
    DEFAULT_SCENE.symmetricLock,
  ),
  // The clipping choice: calib=<method id> (a calibrator, default max), or calib=own with range=β,α (the user's own).
  {
    key: 'calib',
    write: (s) => (s.clip.kind === 'manual' ? 'own' : s.clip.id === DEFAULT_CALIBRATOR ? null : s.clip.id),
    read: (text, d) => {
      const method = text === 'own' ? null : parseMethodId(text);
      if (method === null && text !== 'own') return false;
      d.clip = method ? { kind: 'calibrator', id: methodId(method) } : { kind: 'manual', range: { ...OWN_RANGE } };
      return true;
    },
  },
  {
    key: 'range',
    write: (s) => (s.clip.kind === 'manual' ? `${formatNumber(s.clip.range.min)},${formatNumber(s.clip.range.max)}` : null),
    // Links before the clip field wrote the calibrator's range here too: beside a calibrator it is derived, and ignored.
    read: (text, d) => {
      const [lo, hi, extra] = text.split(',').map((t) => parseNumber(t, -MAX_BOUND, MAX_BOUND));
      if (lo === undefined || hi === undefined || extra !== undefined || text.split(',').length !== 2 || !(lo < hi)) return false;
      if (d.clip.kind === 'manual') d.clip = { kind: 'manual', range: { min: lo, max: hi } };
      return true;
    },
  },
  {
    key: 'pct',
    write: (s) => (s.customPercentile === null ? null : formatNumber(s.customPercentile)),
    read: (text, d) => accept(parseBounded('pct', text), (p) => (d.customPercentile = p)),
  },
  // View.
  flag(
    'log',
    (s) => s.logCounts,
    (d, v) => (d.logCounts = v),
    DEFAULT_SCENE.logCounts,
  ),
  flag(
    'codes',
    (s) => s.showCodes,
    (d, v) => (d.showCodes = v),
    DEFAULT_SCENE.showCodes,
  ),
  flag(
    'marks',
    (s) => s.showCalibrators,
    (d, v) => (d.showCalibrators = v),
    DEFAULT_SCENE.showCalibrators,
  ),
  flag(
    'marksall',
    (s) => s.markAllCalibrators,
    (d, v) => (d.markAllCalibrators = v),
    DEFAULT_SCENE.markAllCalibrators,
  ),
  {
    key: 'zoom',
    write: (s) => (s.zoom ? `${formatNumber(s.zoom.min)},${formatNumber(s.zoom.max)}` : null),
    read: (text, d) => {
      const parts = text.split(',');
      const [lo, hi] = parts.map((t) => parseNumber(t, -MAX_BOUND, MAX_BOUND));
      if (parts.length !== 2 || lo === undefined || hi === undefined || !(lo < hi)) return false;
      d.zoom = { min: lo, max: hi };
      return true;
    },
  },
  {
    key: 'panel',
    write: (s) => (s.panel === DEFAULT_SCENE.panel ? null : s.panel),
    read: (text, d) => accept(parseChoice(text, PANELS), (panel) => (d.panel = panel)),
  },
  {
    key: 'axis',
    write: (s) => (s.granularity.axis === null ? null : String(s.granularity.axis)),
    read: (text, d) => accept(parseBounded('axis', text), (axis) => (d.granularity = { ...d.granularity, axis })),
  },
  {
    key: 'group',
    write: (s) => (s.granularity.groupSize === null ? null : String(s.granularity.groupSize)),
    read: (text, d) => accept(parseBounded('group', text), (groupSize) => (d.granularity = { ...d.granularity, groupSize })),
  },
  {
    key: 'act',
    write: (s) => (s.lab.fn === DEFAULT_SCENE.lab.fn ? null : s.lab.fn),
    read: (text, d) => accept(parseChoice(text, LAB_ACTIVATIONS), (fn) => (d.lab = { ...d.lab, fn })),
  },
  {
    key: 'clamp',
    write: (s) => (s.lab.clamp === DEFAULT_SCENE.lab.clamp ? null : formatNumber(s.lab.clamp)),
    read: (text, d) => accept(parseBounded('clamp', text), (clamp) => (d.lab = { ...d.lab, clamp })),
  },
  {
    key: 'sigma',
    write: (s) => (s.lab.sigma === DEFAULT_SCENE.lab.sigma ? null : formatNumber(s.lab.sigma)),
    read: (text, d) => accept(parseBounded('sigma', text), (sigma) => (d.lab = { ...d.lab, sigma })),
  },
  {
    key: 'lseed',
    write: (s) => (s.lab.seed === DEFAULT_SCENE.lab.seed ? null : String(s.lab.seed)),
    read: (text, d) => accept(parseBounded('lseed', text), (seed) => (d.lab = { ...d.lab, seed })),
  },
  {
    key: 'sxw',
    write: (s) => (s.smoothOwn ? `${s.smoothOwn.x}|${s.smoothOwn.w}` : null),
    read: (text, d) => {
      const parts = text.split('|').map((t) => parseText(t, 512));
      if (parts.length !== 2 || parts.some((p) => p === undefined)) return false;
      d.smoothOwn = { x: parts[0] as string, w: parts[1] as string };
      return true;
    },
  },
  {
    key: 'lin',
    write: (s) => (s.lab.input === DEFAULT_SCENE.lab.input ? null : s.lab.input),
    read: (text, d) => accept(parseChoice(text, ['gaussian', 'loaded'] as const), (input) => (d.lab = { ...d.lab, input })),
  },
  {
    key: 'alpha',
    write: (s) => (s.smoothAlpha === DEFAULT_SCENE.smoothAlpha ? null : formatNumber(s.smoothAlpha)),
    read: (text, d) => accept(parseBounded('alpha', text), (alpha) => (d.smoothAlpha = alpha)),
  },
  // Overview: table sort ('-' first for descending), name filter, plotted metric, linear y axis, chosen columns.
  {
    key: 'osort',
    write: (s) =>
      s.overview.sort === DEFAULT_SCENE.overview.sort && s.overview.desc === DEFAULT_SCENE.overview.desc
        ? null
        : `${s.overview.desc ? '-' : ''}${s.overview.sort}`,
    read: (text, d) => {
      const desc = text.startsWith('-');
      return accept(parseChoice(desc ? text.slice(1) : text, OVERVIEW_SORTS), (sort) => (d.overview = { ...d.overview, sort, desc }));
    },
  },
  {
    key: 'ofilter',
    write: (s) => (s.overview.filter === '' ? null : s.overview.filter),
    read: (text, d) => accept(parseText(text, 256), (filter) => (d.overview = { ...d.overview, filter })),
  },
  {
    key: 'ometric',
    write: (s) => (s.overview.metric === DEFAULT_SCENE.overview.metric ? null : s.overview.metric),
    read: (text, d) => accept(parseChoice(text, OVERVIEW_METRICS), (metric) => (d.overview = { ...d.overview, metric })),
  },
  flag(
    'olog',
    (s) => s.overview.log,
    (d, log) => (d.overview = { ...d.overview, log }),
    DEFAULT_SCENE.overview.log,
  ),
  {
    key: 'ocols',
    write: (s) => (s.overview.columns === null ? null : formatColumns(s.overview.columns)),
    read: (text, d) => accept(parseColumns(text), (columns) => (d.overview = { ...d.overview, columns })),
  },
  {
    key: 'lang',
    write: (s) => (s.language === DEFAULT_SCENE.language ? null : s.language),
    read: (text, d) => accept(parseChoice(text, LANGUAGES), (language) => (d.language = language)),
  },
  {
    key: 'hide',
    write: (s) => (s.hidden.length ? s.hidden.join(',') : null),
    read: (text, d) => {
      const ids = text.split(',').map((t) => parseChoice(t, HIDEABLE));
      if (ids.some((id) => id === undefined)) return false;
      d.hidden = [...new Set(ids as (typeof HIDEABLE)[number][])];
      return true;
    },
  },
  flag(
    'presenter',
    (s) => s.presenter,
    (d, v) => (d.presenter = v),
    DEFAULT_SCENE.presenter,
  ),
  flag(
    'embed',
    (s) => s.embed,
    (d, v) => (d.embed = v),
    DEFAULT_SCENE.embed,
  ),
  // Lessons: the lesson's id, then its step counted from 1 as the step counter shows it.
  {
    key: 'lesson',
    write: (s) => s.lesson?.id ?? null,
    read: (text, d) => accept(parseChoice(text, LESSON_IDS), (id) => (d.lesson = { id, step: 0 })),
  },
  {
    key: 'step',
    write: (s) => (s.lesson ? String(s.lesson.step + 1) : null),
    read: (text, d) => {
      const lesson = d.lesson;
      const steps = LESSONS.find((l) => l.id === lesson?.id)?.steps.length ?? 0;
      return lesson !== null && accept(parseInteger(text, 1, steps), (n) => (d.lesson = { ...lesson, step: n - 1 }));
    },
  },
];

function defaultSample() {
  if (DEFAULT_SCENE.source.kind !== 'sample') throw new Error('the default scene shows a sample');
  return DEFAULT_SCENE.source;
}

function sampleOf(d: LinkedScene) {
  return d.source.kind === 'sample' ? d.source : defaultSample();
}

/** A number field of the model lab under `key`, written only when it differs from the default. */
function modelNumber(
  key: string,
  get: (s: ModelLabInputs) => number,
  set: (d: ModelLabInputs, v: number) => void,
  parse: (text: string) => number | undefined,
): Field<ModelLabInputs> {
  return {
    key,
    write: (s) => (get(s) === get(DEFAULT_MODEL_LAB) ? null : formatNumber(get(s))),
    read: (text, d) => accept(parse(text), (v) => set(d, v)),
  };
}

/** Largest number of layers a keep-in-float list may name, and the longest layer name. */
const MAX_FLOAT_LAYERS = 32;
const MAX_LAYER_NAME = 64;

/** Longest file-name list an own-weights link names. */
const MAX_OWN_NAME = 200;

/** Reads a weights id (see weightsId): `trained-<epochs>-<seed>` or `own-<file names>`; `shipped` is the default. */
function parseWeights(text: string): ModelWeights | undefined {
  const trained = /^trained-(\d+)-(\d+)$/.exec(text);
  if (trained) {
    const epochs = parseInteger(trained[1], 1, MAX_TRAIN_EPOCHS);
    const seed = parseInteger(trained[2], 0, 0xffffffff);
    return epochs === undefined || seed === undefined ? undefined : { kind: 'trained', epochs, seed };
  }
  const name = text.startsWith('own-') ? parseText(text.slice(4), MAX_OWN_NAME) : undefined;
  return name === undefined ? undefined : { kind: 'own', name };
}

/** The model lab's link keys (prefix m; `model` itself names a real-weights source above). */
export const MODEL_FIELDS: Field<ModelLabInputs>[] = [
  {
    key: 'mmodel',
    write: (s) => (s.weights.kind === 'shipped' ? null : weightsId(s.weights)),
    read: (text, d) => accept(parseWeights(text), (w) => (d.weights = w)),
  },
  modelNumber(
    'mw',
    (s) => s.weightBits,
    (d, v) => (d.weightBits = v),
    (t) => parseInteger(t, MODEL_MIN_BITS, MODEL_MAX_BITS),
  ),
  modelNumber(
    'ma',
    (s) => s.actBits,
    (d, v) => (d.actBits = v),
    (t) => parseInteger(t, MODEL_MIN_BITS, MODEL_MAX_BITS),
  ),
  {
    key: 'mgran',
    write: (s) => (s.granularity === DEFAULT_MODEL_LAB.granularity ? null : s.granularity),
    read: (text, d) => accept(parseChoice(text, WEIGHT_GRANULARITIES), (g) => (d.granularity = g)),
  },
  {
    key: 'mcal',
    write: (s) => (s.calibrator === DEFAULT_MODEL_LAB.calibrator ? null : s.calibrator),
    read: (text, d) => accept(parseChoice(text, MODEL_CALIBRATORS), (c) => (d.calibrator = c)),
  },
  modelNumber(
    'mcn',
    (s) => s.calibSize,
    (d, v) => (d.calibSize = v),
    (t) => parseInteger(t, 16, 8000),
  ),
  {
    key: 'mfloat',
    write: (s) => (s.keepFloat.length ? s.keepFloat.join(',') : null),
    read: (text, d) => {
      const names = text.split(',').map((t) => (/^[\w.\-/]+$/.test(t) ? parseText(t, MAX_LAYER_NAME) : undefined));
      if (names.length > MAX_FLOAT_LAYERS || names.some((n) => n === undefined)) return false;
      d.keepFloat = [...new Set(names as string[])];
      return true;
    },
  },
  modelNumber(
    'mqe',
    (s) => s.qat.epochs,
    (d, epochs) => (d.qat = { ...d.qat, epochs }),
    (t) => parseInteger(t, 1, 20),
  ),
  modelNumber(
    'mqlr',
    (s) => s.qat.lrFactor,
    (d, lrFactor) => (d.qat = { ...d.qat, lrFactor }),
    (t) => parseNumber(t, 1e-4, 10),
  ),
  {
    key: 'mqs',
    write: (s) => (s.qat.schedule === DEFAULT_MODEL_LAB.qat.schedule ? null : s.qat.schedule),
    read: (text, d) => accept(parseChoice(text, ['cosine', 'linear'] as const), (schedule) => (d.qat = { ...d.qat, schedule })),
  },
  {
    key: 'mste',
    write: (s) => (s.qat.ste === DEFAULT_MODEL_LAB.qat.ste ? null : s.qat.ste),
    read: (text, d) => accept(parseChoice(text, ['clipped', 'identity'] as const), (ste) => (d.qat = { ...d.qat, ste })),
  },
  modelNumber(
    'mqn',
    (s) => s.qat.subset,
    (d, subset) => (d.qat = { ...d.qat, subset }),
    (t) => parseInteger(t, 64, 8000),
  ),
  modelNumber(
    'mseed',
    (s) => s.seed,
    (d, seed) => (d.seed = seed),
    (t) => parseInteger(t, 0, 0xffffffff),
  ),
];
