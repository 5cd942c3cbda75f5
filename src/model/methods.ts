/** Every activation calibrator by report name: max, the four percentiles, entropy, mse and torch's HistogramObserver. */
export const ACTIVATION_METHODS = [
  'max',
  'percentile-99.9',
  'percentile-99.99',
  'percentile-99.999',
  'percentile-99.9999',
  'entropy',
  'mse',
  'histogram',
] as const;
