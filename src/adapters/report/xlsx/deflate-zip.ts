import { deflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General-purpose flag bit 3: sizes and CRC follow the data instead of preceding it. */
const DATA_DESCRIPTOR = 0x0008;

/**
 * Compresses the entries of a zip written without compression (exceljs's `compression: 'STORE'`)
 * with Node's native zlib, and returns the zip. exceljs compresses in pure JavaScript, a fifth
 * of a report's CPU time (bench/report); an entry keeps its CRC-32 and uncompressed size, which
 * the stored zip already holds. Entries that are already compressed, or that do not shrink, are
 * copied as they are. Format: PKWARE's APPNOTE.TXT (local headers, central directory, end record;
 * no ZIP64, which a report never needs).
 */
export function deflateStoredZip(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`zip central directory entry ${i + 1} is damaged`);
    const central = Buffer.from(zip.subarray(at, at + 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)));
    at += central.length;
    const local = central.readUInt32LE(42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip entry ${i + 1} is damaged`);
    const headerLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + headerLength));
    const stored = zip.subarray(local + headerLength, local + headerLength + central.readUInt32LE(20));
    const method = central.readUInt16LE(10);
    const deflated = method === 0 ? deflateRawSync(stored) : undefined;
    const data = deflated && deflated.length < stored.length ? deflated : stored;
    const flags = central.readUInt16LE(8) & ~DATA_DESCRIPTOR;
    for (const [record, base] of [[header, 0], [central, 2]] as const) {
      // the two records share their fields from 'version needed' on, the central one 2 bytes later
      if (data === deflated) {
        record.writeUInt16LE(Math.max(20, record.readUInt16LE(base + 4)), base + 4);
        record.writeUInt16LE(8, base + 8);
      }
      record.writeUInt16LE(flags, base + 6);
      record.writeUInt32LE(central.readUInt32LE(16), base + 14); // CRC-32
      record.writeUInt32LE(data.length, base + 18);
      record.writeUInt32LE(central.readUInt32LE(24), base + 22); // uncompressed size
    }
    central.writeUInt32LE(offset, 42);
    locals.push(header, data);
    offset += header.length + data.length;
    centrals.push(central);
  }
  const directory = Buffer.concat(centrals);
  const record = Buffer.from(zip.subarray(end, end + 22 + zip.readUInt16LE(end + 20)));
  record.writeUInt32LE(directory.length, 12);
  record.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, record]);
}
