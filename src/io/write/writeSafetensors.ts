/** One tensor to write as F32: row-major data and shape. */
export interface SafeTensorOut {
  name: string;
  data: Float32Array;
  shape: number[];
}

/**
 * A .safetensors file: u64 LE header length, the JSON header ({name: {dtype 'F32', shape, data_offsets}}, plus
 * `__metadata__` of string values), padded with spaces to a multiple of 8 bytes, then the little-endian data in order.
 */
export function encodeSafetensors(tensors: readonly SafeTensorOut[], metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = Object.keys(metadata).length ? { __metadata__: metadata } : {};
  let offset = 0;
  for (const t of tensors) {
    if (t.shape.reduce((a, b) => a * b, 1) !== t.data.length)
      throw new RangeError(`tensor "${t.name}": shape [${t.shape.join(', ')}] does not hold ${t.data.length} values`);
    header[t.name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + t.data.length * 4] };
    offset += t.data.length * 4;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (new TextEncoder().encode(json).length % 8)) % 8);
  const text = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + text.length + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, text.length, true);
  out.set(text, 8);
  let at = 8 + text.length;
  for (const t of tensors) {
    for (let i = 0; i < t.data.length; i++, at += 4) view.setFloat32(at, t.data[i], true);
  }
  return out;
}
