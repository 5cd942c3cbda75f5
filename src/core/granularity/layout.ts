/**
 * Shape checks and the (outer, channels, inner) view every granularity kernel walks.
 * Row-major C order: element (o, c, k) of the view sits at flat index (o·channels + c)·inner + k.
 */

/** A tensor seen as [outer, channels, inner]: channel c owns the runs starting at (o·channels + c)·inner, o < outer. */
export interface SliceLayout {
  outer: number;
  channels: number;
  inner: number;
}

/** Throws a RangeError unless shape is a list of non-negative integers whose product is length. */
export function checkShape(shape: readonly number[], length: number): void {
  let n = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0)
      throw new RangeError(`shape [${shape.join(', ')}] has a dimension ${d} that is not a non-negative integer`);
    n *= d;
  }
  if (n !== length) throw new RangeError(`shape [${shape.join(', ')}] holds ${n} elements but the tensor has ${length}`);
}

/** Axis in [0, rank): negative axes count from the end as in numpy/torch (−1 = last); RangeError when out of range. */
export function normalizeAxis(axis: number, rank: number): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new RangeError(`axis ${axis} is out of range for a tensor of rank ${rank} (allowed ${-rank}…${rank - 1})`);
  }
  return axis < 0 ? axis + rank : axis;
}

/** Per-channel view of a row-major tensor along axis (axis 0 = output channels of a conv/linear weight). */
export function channelLayout(shape: readonly number[], length: number, axis: number): SliceLayout {
  checkShape(shape, length);
  const a = normalizeAxis(axis, shape.length);
  let outer = 1;
  for (let d = 0; d < a; d++) outer *= shape[d];
  let inner = 1;
  for (let d = a + 1; d < shape.length; d++) inner *= shape[d];
  return { outer, channels: shape[a], inner };
}

/** Divisors of n in increasing order (n ≥ 1). */
export function divisors(n: number): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let d = 1; d * d <= n; d++) {
    if (n % d !== 0) continue;
    small.push(d);
    if (d * d !== n) large.unshift(n / d);
  }
  return small.concat(large);
}

/**
 * Group-wise view: groups of groupSize consecutive elements along the LAST axis, numbered in row-major order
 * (group j covers flat indices [j·groupSize, (j+1)·groupSize)). A group size that does not divide the last axis
 * is refused with a RangeError naming the divisors that would work; groups never straddle rows.
 */
export function groupLayout(shape: readonly number[], length: number, groupSize: number): SliceLayout {
  checkShape(shape, length);
  if (shape.length === 0) throw new RangeError('group-wise quantization needs a tensor of rank ≥ 1');
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new RangeError(`group size must be a positive integer, got ${groupSize}`);
  const last = shape[shape.length - 1];
  if (last % groupSize !== 0) {
    const ds = divisors(last);
    const below = ds.filter((d) => d < groupSize).slice(-3);
    const above = ds.filter((d) => d > groupSize).slice(0, 3);
    const hint = ds.length <= 12 ? ds.join(', ') : [...below, '…', ...above].join(', ');
    throw new RangeError(
      `group size ${groupSize} does not divide the last axis (${last}); groups may not straddle rows — use a divisor of ${last}: ${hint}`,
    );
  }
  return { outer: 1, channels: length / groupSize, inner: groupSize };
}

/** The values of channel `channel` along `axis` of a row-major tensor, in row-major order of the other axes. */
export function channelValues(x: Float32Array, shape: readonly number[], axis: number, channel: number): Float32Array {
  const { outer, channels, inner } = channelLayout(shape, x.length, axis);
  if (!Number.isInteger(channel) || channel < 0 || channel >= channels)
    throw new RangeError(`channel ${channel} is not in 0 … ${channels - 1}`);
  const out = new Float32Array(outer * inner);
  for (let o = 0; o < outer; o++) out.set(x.subarray((o * channels + channel) * inner, (o * channels + channel + 1) * inner), o * inner);
  return out;
}
