/** Granularity: per-channel and group-wise quantization parameters, codes and errors (row-major C order). */
export { checkShape, normalizeAxis, channelLayout, channelValues, groupLayout, divisors, type SliceLayout } from './layout';
export { channelRanges, sliceRanges, type SliceRanges } from './ranges';
export { channelParams, channelParamsSync, rangeParams } from './channelParams';
export { groupParams, groupParamsSync, groupQparams } from './groupParams';
export { sliceErrors, sliceStats, type SliceErrors } from './sliceError';
export { channelError, channelErrorSync, channelErrorForParams, type ChannelError } from './channelError';
export { groupError, groupErrorSync, groupErrorForParams, type GroupError } from './groupError';
export { quantizeSlices, quantizePerChannel, fakeQuantizePerChannel, quantizePerGroup, fakeQuantizePerGroup } from './sliceQuantize';
