/** Byte builders for test inputs and fixture generators (no test runner, so scripts can use them too). */

/** Bytes of a string: latin1 for code points < 256 (so '\x93' is one byte), UTF-8 otherwise. */
export function bytes(s: string): Uint8Array<ArrayBuffer> {
  return [...s].every((c) => c.charCodeAt(0) < 256) ? Uint8Array.from(s, (c) => c.charCodeAt(0)) : new TextEncoder().encode(s);
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A .npy file with the given header dict text (padded to 64 bytes) and data bytes. */
export function makeNpy(dict: string, data: Uint8Array, version = 1): Uint8Array<ArrayBuffer> {
  const pre = version === 1 ? 10 : 12;
  const body = new TextEncoder().encode(dict);
  const pad = (64 - ((pre + body.length + 1) % 64)) % 64;
  const header = concat(body, new Uint8Array(pad).fill(0x20), bytes('\n'));
  const len = header.length;
  const lenBytes =
    version === 1 ? Uint8Array.of(len & 0xff, len >> 8) : Uint8Array.of(len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, len >>> 24);
  return concat(bytes('\x93NUMPY'), Uint8Array.of(version, 0), lenBytes, header, data);
}

/** A safetensors file: u64 LE header length, the header (object → JSON, or raw text), then `data`. */
export function makeSafetensors(header: object | string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const len = new Uint8Array(8);
  new DataView(len.buffer).setUint32(0, text.length, true);
  return concat(len, text, data);
}

/** Float32 little-endian bytes of `values`. */
export function f32Bytes(values: number[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Float32Array(values).buffer);
}
