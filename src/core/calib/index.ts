/** Calibrators: choose a clipping range from data (TensorRT's max/percentile/entropy/mse, torch's HistogramObserver). */
export { calibrate, calibrateSync, calibrateMany, calibrateEach } from './calibrate';
export { absHistogram, absEdge, CALIB_BINS, type AbsHistogram, type AbsSummary } from './absHistogram';
export { percentileAmax, percentileRange } from './percentile';
export { entropyAmax } from './entropy';
export { mseAmax, mseRange } from './mse';
export { mseAmaxBinCentre } from './mseBinCentre';
export { maxRange } from './max';
export { histogramObserverRange, type HistogramObserverOptions } from './histogramObserver';
export { trueMse } from './refine';
