/** Activation functions and what quantization does to them; the implementations live in ./activations/. */
export { erf, erfc } from './activations/erf';
export {
  ACTIVATIONS,
  ACTIVATION_FNS,
  activation,
  gelu,
  geluClamped,
  geluTanh,
  sigmoid,
  swish,
  type ActivationFn,
} from './activations/functions';
export { activationCurve, activationMinimum, hasDip, type CurvePoint, type DipActivationFn } from './activations/analysis';
export { goldenSectionMin } from './optimize';
export { negativeLevels } from './activations/negativeLevels';
