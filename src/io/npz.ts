/** .npz reader (a zip of .npy members): lists members from their headers, inflates only the member read (or streams it). */
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { memberPieces, readZipMember, readZipPrefix } from './zipMember';
import { decodeElements, ITEM_SIZE } from './elements';
import { TensorFileError } from './errors';
import { checkNpyBudget, checkNpyData, decodeNpy, npyDataBytes } from './npy';
import { npyHeaderLength, parseNpyHeader, type NpyHeader } from './npyHeader';
import { refusePytorch } from './refusals';
import { refuseEmpty } from './shape';
import type { ChunkHandler, LoadedTensor, OpenProgress, TensorSource } from './types';

/** Bytes inflated first when listing a member; enough for ordinary headers. */
const FIRST_READ = 4096;

/** A listed member: its directory entry and its .npy header. */
interface Member {
  e: ZipEntry;
  h: NpyHeader;
}

function memberWhere(e: ZipEntry): string {
  return `member '${e.name}'`;
}

/** Reads one member's .npy header and checks its size against the member's declared size. */
async function memberHeader(file: Blob, e: ZipEntry): Promise<NpyHeader> {
  const where = memberWhere(e);
  let head = await readZipPrefix(file, e, FIRST_READ);
  const total = npyHeaderLength(head.subarray(0, 12), where);
  if (head.length < total && total <= e.size) head = await readZipPrefix(file, e, total);
  const h = parseNpyHeader(head.subarray(0, Math.min(head.length, e.size)), where);
  checkNpyData(h, e.size - h.dataOffset, where);
  return h;
}

/** npy errors of a member become npz errors naming the tensor. */
async function asNpz<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof TensorFileError && err.format === 'npy') {
      throw new TensorFileError('npz', err.message, { tensor: name, cause: err });
    }
    throw err;
  }
}

/** Streams a C-order member's array data in whole-element chunks of about `chunkBytes`, inflating as it goes. */
async function streamMember({ e, h }: Member, onChunk: ChunkHandler, chunkBytes: number, file: Blob): Promise<void> {
  const size = ITEM_SIZE[h.dtype.kind];
  const need = npyDataBytes(h);
  const acc = new Uint8Array(Math.max(size, Math.floor(chunkBytes / size) * size));
  let skip = h.dataOffset;
  let fill = 0;
  let done = 0;
  const flush = async (): Promise<void> => {
    done += fill;
    const values = decodeElements(acc, h.dtype.kind, h.dtype.littleEndian, fill / size);
    fill = 0;
    await onChunk(values, done, need);
  };
  for await (const piece of memberPieces(file, e)) {
    let p = piece.subarray(Math.min(skip, piece.length));
    skip -= piece.length - p.length;
    while (p.length > 0 && done + fill < need) {
      const n = Math.min(p.length, acc.length - fill, need - done - fill);
      acc.set(p.subarray(0, n), fill);
      fill += n;
      p = p.subarray(n);
      if (fill === acc.length) await flush();
    }
  }
  if (fill > 0) await flush();
}

/** Opens a zip archive as an .npz source; PyTorch zip checkpoints (data.pkl) are refused with advice. */
export async function openNpz(file: Blob, onProgress: OpenProgress = () => undefined): Promise<TensorSource> {
  const entries = await readZipDirectory(file);
  if (entries.some((e) => /(^|\/)data\.pkl$/.test(e.name))) refusePytorch();
  const found = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (!e.name.endsWith('.npy')) continue;
    const name = e.name.slice(0, -4);
    if (found.has(name)) throw new TensorFileError('npz', `the archive holds '${e.name}' twice`);
    found.set(name, e);
  }
  if (found.size === 0) {
    const names = entries
      .slice(0, 5)
      .map((e) => `'${e.name}'`)
      .join(', ');
    throw new TensorFileError(
      'npz',
      `zip archive has no .npy members, so it is not an .npz file (found ${entries.length === 0 ? 'no members' : names})`,
    );
  }
  const members = new Map<string, Member>();
  for (const [name, e] of found) {
    members.set(name, { e, h: await asNpz(name, () => memberHeader(file, e)) });
    await onProgress('members', members.size, found.size);
  }
  const member = (name: string): Member => {
    const m = members.get(name);
    if (m === undefined) throw new TensorFileError('npz', `no member '${name}.npy' in the archive`, { tensor: name });
    refuseEmpty(m.h.shape, 'npz', memberWhere(m.e));
    return m;
  };
  const read = async (name: string): Promise<LoadedTensor> => {
    const { e, h } = member(name);
    checkNpyBudget(h, 'npz', memberWhere(e)); // before anything is inflated
    return asNpz(name, async () => decodeNpy(await readZipMember(file, e), name, memberWhere(e)));
  };
  return {
    format: 'npz',
    tensors: [...members].map(([name, { h }]) => ({ name, dtype: h.dtype.name, shape: h.shape })),
    read,
    async stream(name, onChunk, chunkBytes) {
      const m = member(name);
      if (!m.h.fortranOrder) return streamMember(m, onChunk, chunkBytes, file);
      const { data } = await read(name); // Fortran order must be transposed whole: one chunk
      await onChunk(data, data.byteLength, data.byteLength);
    },
  };
}
