/** .npz reader (a zip of .npy members): lists members from their headers, inflates only the member read. */
import { readZipDirectory, type ZipEntry } from './zipDirectory';
import { readZipMember, readZipPrefix } from './zipMember';
import { TensorFileError } from './errors';
import { checkNpyData, decodeNpy } from './npy';
import { npyHeaderLength, parseNpyHeader } from './npyHeader';
import { refusePytorch } from './refusals';
import type { TensorInfo, TensorSource } from './types';

/** Bytes inflated first when listing a member; enough for ordinary headers. */
const FIRST_READ = 4096;

function memberWhere(e: ZipEntry): string {
  return `member '${e.name}'`;
}

/** Reads one member's .npy header and checks its size against the member's declared size. */
async function memberInfo(file: Blob, e: ZipEntry, name: string): Promise<TensorInfo> {
  const where = memberWhere(e);
  let head = await readZipPrefix(file, e, FIRST_READ);
  const total = npyHeaderLength(head.subarray(0, 12), where);
  if (head.length < total && total <= e.size) head = await readZipPrefix(file, e, total);
  const h = parseNpyHeader(head.subarray(0, Math.min(head.length, e.size)), where);
  checkNpyData(h, e.size - h.dataOffset, where);
  return { name, dtype: h.dtype.name, shape: h.shape };
}

/** Opens a zip archive as an .npz source; PyTorch zip checkpoints (data.pkl) are refused with advice. */
export async function openNpz(file: Blob): Promise<TensorSource> {
  const entries = await readZipDirectory(file);
  if (entries.some((e) => /(^|\/)data\.pkl$/.test(e.name))) refusePytorch();
  const members = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (!e.name.endsWith('.npy')) continue;
    const name = e.name.slice(0, -4);
    if (members.has(name)) throw new TensorFileError('npz', `the archive holds '${e.name}' twice`);
    members.set(name, e);
  }
  if (members.size === 0) {
    const found = entries
      .slice(0, 5)
      .map((e) => `'${e.name}'`)
      .join(', ');
    throw new TensorFileError(
      'npz',
      `zip archive has no .npy members, so it is not an .npz file (found ${entries.length === 0 ? 'no members' : found})`,
    );
  }
  const tensors: TensorInfo[] = [];
  for (const [name, e] of members) {
    try {
      tensors.push(await memberInfo(file, e, name));
    } catch (err) {
      if (err instanceof TensorFileError && err.format === 'npy') {
        throw new TensorFileError('npz', err.message, { tensor: name, cause: err });
      }
      throw err;
    }
  }
  return {
    format: 'npz',
    tensors,
    async read(name: string) {
      const e = members.get(name);
      if (e === undefined) throw new TensorFileError('npz', `no member '${name}.npy' in the archive`, { tensor: name });
      const bytes = await readZipMember(file, e);
      return decodeNpy(bytes, name, memberWhere(e));
    },
  };
}
