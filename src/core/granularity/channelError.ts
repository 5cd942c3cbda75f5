import type { ErrorStats, QuantParams, QuantSpec } from '../types';
import { channelParamsSync } from './channelParams';
import { channelLayout } from './layout';
import { sliceErrors, sliceStats } from './sliceError';

/** Per-channel fake-quantization error: channels[c] is index c along the axis; total covers every finite element. */
export interface ChannelError {
  params: QuantParams[];
  channels: ErrorStats[];
  /** Whole tensor: mse over all finite elements (float64 sums), levelsUsed = distinct integer codes in the tensor. */
  total: ErrorStats;
}

/**
 * Error of per-channel fake quantization along axis under the given params (one per channel, shared [qmin, qmax]),
 * in one pass with no copies; each channel's statistics are quantErrorSync's on that channel alone, NaN/±Inf skipped.
 */
export function channelErrorForParams(x: Float32Array, shape: readonly number[], axis: number, params: QuantParams[]): ChannelError {
  const s = sliceErrors(x, channelLayout(shape, x.length, axis), params);
  const channels: ErrorStats[] = new Array<ErrorStats>(params.length);
  for (let c = 0; c < channels.length; c++) channels[c] = sliceStats(s, c);
  return { params, channels, total: s.total };
}

/** Per-channel error with torch PerChannelMinMaxObserver parameters ({@link channelParamsSync}) along axis. */
export function channelErrorSync(x: Float32Array, shape: readonly number[], axis: number, spec: QuantSpec): ChannelError {
  return channelErrorForParams(x, shape, axis, channelParamsSync(x, shape, axis, spec));
}

/** Public, Promise-returning form of {@link channelErrorSync} (DESIGN §3). */
export async function channelError(x: Float32Array, shape: number[], axis: number, spec: QuantSpec): Promise<ChannelError> {
  return channelErrorSync(x, shape, axis, spec);
}
