import { create } from 'zustand';
import type { QuantSpec, Range } from '../core/math';
import type { Clip } from './clip';
import { DEFAULT_SAMPLE, type SampleSpec } from '../samples/samples';
import { moveHandle, snapSymmetric, symmetricHull, type Handle } from './range';
import { DEFAULT_SOURCE, type Source } from './source';
import type { Language } from '../i18n/languages';
import type { LabActivation } from '../shared/labs';
import type { OverviewMetric, OverviewSort } from '../overview/metrics';
import type { OverviewColumn } from './overviewColumns';

/** The overview table's sort (descending when `desc`), name filter, and the plot's metric and y scale. */
export interface OverviewView {
  sort: OverviewSort;
  desc: boolean;
  filter: string;
  metric: OverviewMetric;
  log: boolean;
  /** The table's figure columns the user chose (table order), or null for the mode's default (shownColumns). */
  columns: OverviewColumn[] | null;
}

/** Which panel of the app is open ('lessons' is the list of lessons). */
export type Panel = 'explorer' | 'overview' | 'activations' | 'model' | 'lessons';
export const PANELS: readonly Panel[] = ['explorer', 'overview', 'activations', 'model', 'lessons'];

/** Where a class is in a lesson: the lesson's id and the step, counted from 0. */
export interface LessonPlace {
  id: string;
  step: number;
}

/**
 * The scene: every input that shapes what is seen, and nothing derived. Its shareable part is what a link
 * will carry; histograms and errors live in the analysis store.
 */
export interface SceneState {
  source: Source;
  spec: QuantSpec;
  /** The clipping choice: a calibrator (id as in methodId; its range is derived) or the user's own range [β, α], data units. */
  clip: Clip;
  /** An extra percentile in (0, 100] compared beside the standard ones, or null. */
  customPercentile: number | null;
  /** α = −β: moving one handle moves both (always on in symmetric mode). */
  symmetricLock: boolean;
  logCounts: boolean;
  /** Draw each calibrator's range on the histogram. */
  showCalibrators: boolean;
  /** Draw every calibrator, not only the default few (max, p99.99, entropy, MSE and the one in use). */
  markAllCalibrators: boolean;
  /** Overlay where the values land after quantization (one spike per code). */
  showCodes: boolean;
  /** Visible x-interval of the histogram; null = the whole data range. */
  zoom: Range | null;
  panel: Panel;
  /** The activation lab: function, clamp c for 'gelu-clamp', σ and seed of the pre-activations. */
  lab: { fn: LabActivation; clamp: number; sigma: number; seed: number; input: 'gaussian' | 'loaded' };
  /** Channel axis and group size along the last axis, for the granularity view; null = the tensor's default (its layout's output-channel axis, the largest of 128, 64, … dividing the last axis). */
  granularity: { axis: number | null; groupSize: number | null };
  /** SmoothQuant migration strength α ∈ [0, 1]. */
  smoothAlpha: number;
  /** The SmoothQuant lab's own X and W: names of 2-D tensors of the open file, or null for the seeded matrices. */
  smoothOwn: { x: string; w: string } | null;
  overview: OverviewView;
  language: Language;
  /** Panels and controls hidden for a class (ids from HIDEABLE). */
  hidden: Hideable[];
  /** Large type and high contrast for a projector. */
  presenter: boolean;
  /** The lesson step on screen, or null outside a lesson. */
  lesson: LessonPlace | null;
  /** One scene without the header or the side panel, for an iframe in slides or a course page. */
  embed: boolean;
}

/** What a link may hide: the side panel's sections and the main panels. */
export const HIDEABLE = [
  'source',
  'quant',
  'view',
  'error',
  'calibration',
  'granularity',
  'formats',
  'blocks',
  'mapping',
  'export',
] as const;
export type Hideable = (typeof HIDEABLE)[number];

export interface SceneActions {
  /** Switches to a built-in sample, keeping the current sample's other settings. */
  setSample(sample: Partial<SampleSpec>): void;
  setSource(source: Source): void;
  /** Picks another tensor of the open file, model or URL. */
  setTensor(name: string): void;
  setSpec(spec: Partial<QuantSpec>): void;
  /** Moves one handle of `from` (the range on screen) within `bounds` (the chart's domain), mirroring it when symmetric. */
  moveHandle(handle: Handle, value: number, bounds: Range, from: Range): void;
  /** Uses the user's own range. */
  setRange(range: Range): void;
  /** Uses a calibrator's range, which then follows the tensor and the spec. */
  adoptCalibrator(id: string): void;
  setCustomPercentile(p: number | null): void;
  setShowCalibrators(on: boolean): void;
  setMarkAllCalibrators(on: boolean): void;
  setSymmetricLock(on: boolean): void;
  setLogCounts(on: boolean): void;
  setShowCodes(on: boolean): void;
  setZoom(zoom: Range | null): void;
  setLanguage(language: Language): void;
  setPanel(panel: Panel): void;
  setLab(lab: Partial<SceneState['lab']>): void;
  setSmoothAlpha(alpha: number): void;
  setSmoothOwn(own: { x: string; w: string } | null): void;
  setGranularity(g: Partial<SceneState['granularity']>): void;
  setOverview(view: Partial<OverviewView>): void;
  /** Shows tensor `name` of the open file set in the explorer (from the overview). */
  exploreTensor(name: string): void;
  setPresenter(on: boolean): void;
  /** Panels and controls to hide (a class view); kept in HIDEABLE order, without repeats. */
  setHidden(hidden: readonly Hideable[]): void;
  /** Leaves the lesson; the scene on screen stays for free exploration. */
  leaveLesson(): void;
}

export const DEFAULT_SCENE: SceneState = {
  source: DEFAULT_SOURCE,
  spec: { bits: 8, mode: 'affine', signed: true, narrowRange: false },
  clip: { kind: 'calibrator', id: 'max' },
  customPercentile: null,
  symmetricLock: false,
  logCounts: true,
  showCodes: true,
  showCalibrators: true,
  markAllCalibrators: false,
  zoom: null,
  panel: 'explorer',
  lab: { fn: 'gelu', clamp: 10, sigma: 3, seed: 1, input: 'gaussian' },
  smoothAlpha: 0.5,
  smoothOwn: null,
  granularity: { axis: null, groupSize: null },
  overview: { sort: 'order', desc: false, filter: '', metric: 'absmax', log: true, columns: null },
  language: 'en',
  hidden: [],
  presenter: false,
  lesson: null,
  embed: false,
};

/** Symmetric handles: in symmetric mode, or when the user locks them. */
export function isSymmetric(s: Pick<SceneState, 'spec' | 'symmetricLock'>): boolean {
  return s.spec.mode === 'symmetric' || s.symmetricLock;
}

/** A newly chosen tensor starts unzoomed with the max calibrator's range and its own granularity defaults. */
const FRESH_TENSOR: Pick<SceneState, 'zoom' | 'clip' | 'granularity'> = {
  zoom: null,
  clip: { kind: 'calibrator', id: 'max' },
  granularity: { axis: null, groupSize: null },
};

/** A manual clip made symmetric when the handles are (a calibrator's range is made symmetric where it is resolved). */
function fitClip(clip: Clip, symmetric: boolean): Clip {
  return clip.kind === 'manual' && symmetric ? { kind: 'manual', range: symmetricHull(clip.range) } : clip;
}

export const useScene = create<SceneState & SceneActions>()((set) => ({
  ...DEFAULT_SCENE,
  setSample: (sample) =>
    set((s) => ({
      source: { ...(s.source.kind === 'sample' ? s.source : { kind: 'sample', ...DEFAULT_SAMPLE }), ...sample },
      ...FRESH_TENSOR,
    })),
  setSource: (source) => set({ source, ...FRESH_TENSOR }),
  setTensor: (tensor) => set((s) => (s.source.kind === 'sample' ? {} : { source: { ...s.source, tensor }, ...FRESH_TENSOR })),
  setSpec: (spec) =>
    set((s) => {
      const next = { ...s.spec, ...spec };
      return { spec: next, clip: fitClip(s.clip, isSymmetric({ spec: next, symmetricLock: s.symmetricLock })) };
    }),
  moveHandle: (handle, value, bounds, from) =>
    set((s) => ({
      clip: { kind: 'manual', range: isSymmetric(s) ? snapSymmetric(handle, value, bounds) : moveHandle(from, handle, value, bounds) },
    })),
  setRange: (range) => set((s) => ({ clip: fitClip({ kind: 'manual', range }, isSymmetric(s)) })),
  adoptCalibrator: (id) => set({ clip: { kind: 'calibrator', id } }),
  setCustomPercentile: (p) => set({ customPercentile: p }),
  setShowCalibrators: (on) => set({ showCalibrators: on }),
  setMarkAllCalibrators: (on) => set({ markAllCalibrators: on }),
  setSymmetricLock: (on) => set((s) => ({ symmetricLock: on, clip: fitClip(s.clip, on) })),
  setLogCounts: (on) => set({ logCounts: on }),
  setShowCodes: (on) => set({ showCodes: on }),
  setZoom: (zoom) => set({ zoom }),
  setLanguage: (language) => set({ language }),
  setPanel: (panel) => set({ panel }),
  setLab: (lab) => set((s) => ({ lab: { ...s.lab, ...lab } })),
  setSmoothAlpha: (smoothAlpha) => set({ smoothAlpha }),
  setSmoothOwn: (smoothOwn) => set({ smoothOwn }),
  setGranularity: (g) => set((s) => ({ granularity: { ...s.granularity, ...g } })),
  setOverview: (view) => set((s) => ({ overview: { ...s.overview, ...view } })),
  exploreTensor: (tensor) =>
    set((s) =>
      s.source.kind === 'sample' ? { panel: 'explorer' } : { panel: 'explorer', source: { ...s.source, tensor }, ...FRESH_TENSOR },
    ),
  setPresenter: (presenter) => set({ presenter }),
  setHidden: (hidden) => set({ hidden: HIDEABLE.filter((h) => hidden.includes(h)) }),
  leaveLesson: () => set({ lesson: null }),
}));
