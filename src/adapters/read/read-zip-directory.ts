import { open } from 'node:fs/promises';

/** The entry names of a zip file, or why its central directory could not be read. */
export type ZipDirectory = { ok: true; names: string[]; /** Sum of the entries' uncompressed sizes. */ unpackedBytes: number } | { ok: false; reason: 'truncated' | 'zip64' };

const EOCD_SIGNATURE = 0x06054b50; // PKWARE APPNOTE 4.3.16: end of central directory record
const ENTRY_SIGNATURE = 0x02014b50; // PKWARE APPNOTE 4.3.12: central directory file header
const EOCD_BYTES = 22; // fixed part of the end record, before the comment
const MAX_COMMENT_BYTES = 0xffff; // the comment length is a 16-bit field
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024; // a workbook lists tens of parts; 16 MB is absurd already

/**
 * Lists a zip's entries from its central directory at the end of the file, without a zip
 * library and without reading the contents. A missing or inconsistent directory means the
 * file was cut off (an interrupted download or copy).
 */
export async function readZipDirectory(path: string, sizeBytes: number): Promise<ZipDirectory> {
  const handle = await open(path, 'r');
  try {
    const tailBytes = Math.min(sizeBytes, EOCD_BYTES + MAX_COMMENT_BYTES);
    const tail = Buffer.alloc(tailBytes);
    await handle.read(tail, 0, tailBytes, sizeBytes - tailBytes);
    let end = -1;
    for (let i = tailBytes - EOCD_BYTES; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) return { ok: false, reason: 'truncated' };
    const directoryBytes = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff || directoryBytes === 0xffffffff) return { ok: false, reason: 'zip64' };
    const endOffset = sizeBytes - tailBytes + end;
    if (directoryOffset + directoryBytes > endOffset || directoryBytes > MAX_DIRECTORY_BYTES) {
      return { ok: false, reason: 'truncated' };
    }
    const directory = Buffer.alloc(directoryBytes);
    await handle.read(directory, 0, directoryBytes, directoryOffset);
    return parseDirectory(directory);
  } finally {
    await handle.close();
  }
}

/** Walks the central directory headers and collects the entry names. */
function parseDirectory(directory: Buffer): ZipDirectory {
  const names: string[] = [];
  let unpackedBytes = 0;
  let at = 0;
  while (at + 46 <= directory.length) {
    if (directory.readUInt32LE(at) !== ENTRY_SIGNATURE) return { ok: false, reason: 'truncated' };
    const nameBytes = directory.readUInt16LE(at + 28);
    const extraBytes = directory.readUInt16LE(at + 30);
    const commentBytes = directory.readUInt16LE(at + 32);
    names.push(directory.toString('utf8', at + 46, at + 46 + nameBytes));
    unpackedBytes += directory.readUInt32LE(at + 24); // 0xffffffff (zip64) counts as huge, which it is
    at += 46 + nameBytes + extraBytes + commentBytes;
  }
  return { ok: true, names, unpackedBytes };
}
