/** Constants the labs' UI and their Worker code share (no tfjs, no Worker code: safe for the main bundle). */
import type { ActivationFn } from '../core/activations/functions';
import type { Range } from '../core/types';

/** An activation of the lab: a built-in function, or GELU clamped to [−c, c]. */
export type LabActivation = ActivationFn | 'gelu-clamp';
export const LAB_ACTIVATIONS: readonly LabActivation[] = [
  'relu',
  'relu6',
  'gelu',
  'gelu-tanh',
  'gelu10',
  'gelu-clamp',
  'swish',
  'tanh',
  'sigmoid',
];

/** The window in which the negative outputs of GELU and Swish (≥ −0.28) are drawn. */
export const NEGATIVE_WINDOW: Range = { min: -0.3, max: 0.05 };

/** The SmoothQuant lab's matrices: X tokens×channels with outlier channels, W channels×out. */
export const SMOOTH_SHAPE = { tokens: 128, channels: 256, out: 64, outlierChannels: 6 } as const;
