/** Float32 neighbours of float64 numbers, for thresholds that kernels compare in float32 with float64 meaning. */
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** The smallest float32 ≥ v (v a finite number), so that x ≥ v ⇔ x ≥ f32AtLeast(v) for every float32 x. */
export function f32AtLeast(v: number): number {
  f32[0] = v;
  if (f32[0] >= v) return f32[0];
  i32[0] += f32[0] >= 0 ? 1 : -1; // one float32 step up (sign-magnitude bits)
  return f32[0];
}

/** The largest float32 ≤ v (v a finite number). */
export function f32AtMost(v: number): number {
  return -f32AtLeast(-v);
}

/** The next float32 after the float32 x, up or down (±Infinity steps to ±max; 0 to ±2^−149). */
export function nextFloat32(x: number, up: boolean): number {
  if (x === 0) return up ? 2 ** -149 : -(2 ** -149);
  f32[0] = x;
  i32[0] += x > 0 === up ? 1 : -1; // sign-magnitude bits: away from zero is +1
  return f32[0];
}
