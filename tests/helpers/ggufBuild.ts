/** Test-only: builds small GGUF files byte by byte, so tests can write exactly the lie they need. */

/** Little-endian byte writer. */
export class Bytes {
  private parts: number[] = [];

  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }

  u32(v: number): this {
    for (let i = 0; i < 4; i++) this.parts.push((v >>> (8 * i)) & 0xff);
    return this;
  }

  u64(v: bigint | number): this {
    const b = BigInt(v);
    for (let i = 0n; i < 8n; i++) this.parts.push(Number((b >> (8n * i)) & 0xffn));
    return this;
  }

  str(s: string): this {
    const e = new TextEncoder().encode(s);
    this.u64(e.length);
    e.forEach((x) => this.parts.push(x));
    return this;
  }

  raw(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i]);
    return this;
  }

  /** Zero bytes up to the next multiple of `n`. */
  pad(n: number): this {
    while (this.parts.length % n !== 0) this.parts.push(0);
    return this;
  }

  get length(): number {
    return this.parts.length;
  }

  done(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.parts);
  }
}

/** One tensor info: dims in GGUF order (ne[0], the row length, first), ggml type id, offset in the data section. */
export interface InfoSpec {
  name: string;
  ne: number[];
  type: number;
  offset: number;
}

/** A GGUF file: header fields, metadata written by `kv` (after the count), tensor infos and the data section. */
export interface GgufSpec {
  version?: number;
  tensorCount?: bigint | number;
  kvCount?: bigint | number;
  kv?: (b: Bytes) => void;
  tensors?: InfoSpec[];
  alignment?: number;
  data?: Uint8Array;
}

/** The bytes of `spec` (counts default to the real ones; kvCount defaults to 0 when `kv` is absent). */
export function buildGguf(spec: GgufSpec): Uint8Array<ArrayBuffer> {
  const tensors = spec.tensors ?? [];
  const b = new Bytes().raw([0x47, 0x47, 0x55, 0x46]).u32(spec.version ?? 3);
  b.u64(spec.tensorCount ?? tensors.length).u64(spec.kvCount ?? (spec.kv === undefined ? 0 : 1));
  spec.kv?.(b);
  for (const t of tensors) {
    b.str(t.name).u32(t.ne.length);
    t.ne.forEach((d) => b.u64(d));
    b.u32(t.type).u64(t.offset);
  }
  b.pad(spec.alignment ?? 32);
  if (spec.data !== undefined) b.raw(spec.data);
  return b.done();
}
