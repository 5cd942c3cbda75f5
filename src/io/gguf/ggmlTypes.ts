/** The ggml tensor types a GGUF file may declare: id → name, elements per block and bytes per block (ggml-common.h). */

/** One ggml type: `blockSize` elements are stored in `typeSize` bytes. */
export interface GgmlType {
  id: number;
  name: string;
  blockSize: number;
  typeSize: number;
}

const QK_K = 256;

/** [name, id, elements per block, bytes per block]. */
const TABLE: readonly [string, number, number, number][] = [
  ['F32', 0, 1, 4],
  ['F16', 1, 1, 2],
  ['Q4_0', 2, 32, 2 + 16],
  ['Q4_1', 3, 32, 2 + 2 + 16],
  ['Q5_0', 6, 32, 2 + 4 + 16],
  ['Q5_1', 7, 32, 2 + 2 + 4 + 16],
  ['Q8_0', 8, 32, 2 + 32],
  ['Q8_1', 9, 32, 4 + 4 + 32],
  ['Q2_K', 10, QK_K, 2 + 2 + QK_K / 16 + QK_K / 4],
  ['Q3_K', 11, QK_K, 2 + QK_K / 4 + QK_K / 8 + 12],
  ['Q4_K', 12, QK_K, 2 + 2 + QK_K / 2 + 12],
  ['Q5_K', 13, QK_K, 2 + 2 + QK_K / 2 + QK_K / 8 + 12],
  ['Q6_K', 14, QK_K, 2 + QK_K / 2 + QK_K / 4 + QK_K / 16],
  ['Q8_K', 15, QK_K, 4 + QK_K + QK_K / 8],
  ['IQ2_XXS', 16, QK_K, 2 + QK_K / 4],
  ['IQ2_XS', 17, QK_K, 2 + QK_K / 4 + QK_K / 32],
  ['IQ3_XXS', 18, QK_K, 2 + QK_K / 4 + QK_K / 8],
  ['IQ1_S', 19, QK_K, 2 + QK_K / 8 + QK_K / 16],
  ['IQ4_NL', 20, 32, 2 + 16],
  ['IQ3_S', 21, QK_K, 2 + QK_K / 4 + QK_K / 8 + QK_K / 32 + 4],
  ['IQ2_S', 22, QK_K, 2 + QK_K / 4 + QK_K / 16],
  ['IQ4_XS', 23, QK_K, 2 + 2 + QK_K / 2 + QK_K / 64],
  ['I8', 24, 1, 1],
  ['I16', 25, 1, 2],
  ['I32', 26, 1, 4],
  ['I64', 27, 1, 8],
  ['F64', 28, 1, 8],
  ['IQ1_M', 29, QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32],
  ['BF16', 30, 1, 2],
  ['TQ1_0', 34, QK_K, 2 + 4 * 13],
  ['TQ2_0', 35, QK_K, 2 + 64],
  ['MXFP4', 39, 32, 1 + 16],
  ['NVFP4', 40, 64, 4 + 32],
  ['Q1_0', 41, 128, 2 + 16],
];

const BY_ID = new Map<number, GgmlType>(TABLE.map(([name, id, blockSize, typeSize]) => [id, { id, name, blockSize, typeSize }]));

/** The type with ggml id `id`, or undefined for an id this table does not know (removed or newer types). */
export function ggmlType(id: number): GgmlType | undefined {
  return BY_ID.get(id);
}

/** The type named `name` (e.g. 'Q4_K'), or undefined. */
export function ggmlTypeByName(name: string): GgmlType | undefined {
  for (const t of BY_ID.values()) if (t.name === name) return t;
  return undefined;
}
