/** CRC-32 (IEEE 802.3, as used by zip) of a byte array. */

let table: Int32Array | undefined;

function crcTable(): Int32Array {
  if (table === undefined) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  return table;
}

/** Unsigned CRC-32 of `data` (0 – 2^32−1); pass the CRC of the bytes before `data` as `previous` to continue it. */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = crcTable();
  let c = previous ^ -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
