/** A row-major matrix shape [rows, cols]; element (i, j) sits at flat index i·cols + j. */
export type MatShape = readonly [number, number];

/** Dimensions of a product X·W: X is tokens×channels, W is channels×out, Y is tokens×out. */
export interface MatMulDims {
  tokens: number;
  channels: number;
  out: number;
}

/** Throws a RangeError unless shape is two positive integers whose product is data.length. */
export function assertMatrix(data: Float32Array, shape: MatShape, name: string): void {
  if (!Array.isArray(shape) || shape.length !== 2) throw new RangeError(`${name} shape must be [rows, cols], got ${JSON.stringify(shape)}`);
  const [r, c] = shape;
  if (!Number.isInteger(r) || !Number.isInteger(c) || r < 1 || c < 1) {
    throw new RangeError(`${name} shape [${r}, ${c}] must be two positive integers`);
  }
  if (r * c !== data.length) throw new RangeError(`${name} shape [${r}, ${c}] holds ${r * c} elements but ${name} has ${data.length}`);
}

/** Checks X (tokens×channels) and W (channels×out) and that X's channels (columns) equal W's rows; RangeError otherwise. */
export function matMulDims(X: Float32Array, xShape: MatShape, W: Float32Array, wShape: MatShape): MatMulDims {
  assertMatrix(X, xShape, 'X');
  assertMatrix(W, wShape, 'W');
  if (xShape[1] !== wShape[0]) {
    throw new RangeError(`X has ${xShape[1]} channels (columns) but W has ${wShape[0]} rows: X channels must equal W rows`);
  }
  return { tokens: xShape[0], channels: xShape[1], out: wShape[1] };
}
