import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType (sfnt) bytes it wraps, with Node's
 * native zlib. pdfkit can read WOFF itself, but inflates it in pure JavaScript for every
 * document (about 0.3 s per report); unpacking once per process removes that.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, table directory of 20-byte entries).
 */
export function woffToSfnt(woff: Buffer, options: { dropTables?: readonly string[]; addTables?: Readonly<Record<string, Buffer>> } = {}): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) return woff; // not 'wOFF': already sfnt
  const flavor = woff.readUInt32BE(4);
  const tagNumber = (tag: string): number => Buffer.from(tag.padEnd(4), 'latin1').readUInt32BE(0);
  const added = Object.entries(options.addTables ?? {}).map(([tag, data]) => ({ tag: tagNumber(tag), checksum: tableChecksum(data), data }));
  const drop = new Set([...(options.dropTables ?? []).map(tagNumber), ...added.map((t) => t.tag)]);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const at = 44 + i * 20;
    if (drop.has(woff.readUInt32BE(at))) continue;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : Buffer.from(raw) });
  }
  tables.push(...added);
  // the table directory is sorted by tag
  tables.sort((a, b) => a.tag - b.tag);
  const numTables = tables.length;
  let pow = 1;
  while (pow * 2 <= numTables) pow *= 2;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow * 16, 6); // searchRange
  header.writeUInt16BE(Math.log2(pow), 8); // entrySelector
  header.writeUInt16BE(numTables * 16 - pow * 16, 10); // rangeShift
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** The sfnt checksum of a table: the sum of its big-endian 32-bit words, zero-padded. */
function tableChecksum(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}
