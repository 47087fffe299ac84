import { isAscii, isUtf8 } from 'node:buffer';
import type { TextEncoding } from './detect-encoding.js';

/**
 * windows-1252 code points for bytes 0x80-0x9F (the rest equals Latin-1). Node 20's TextDecoder
 * decodes the 'windows-1252' label as plain Latin-1, turning '€' and '‘' into control
 * characters, hence the table. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as C1 codes,
 * as the WHATWG encoding standard does. Source: https://encoding.spec.whatwg.org/index-windows-1252.txt
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1_RANGE = /[\x80-\x9f]/g;

/** Incremental decoder: feed chunks in order, then call with no chunk to flush. */
export type ChunkDecoder = (chunk?: Uint8Array) => string;

/** A decoder that keeps multi-byte characters intact across chunk borders. */
export function createChunkDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') {
    // one byte is one character, so chunk borders cannot split anything
    return (chunk) =>
      chunk === undefined
        ? ''
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            .toString('latin1')
            .replace(C1_RANGE, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
  }
  if (encoding === 'utf-8') return createUtf8Decoder();
  // TextDecoder drops the byte-order mark of its own encoding (ignoreBOM is false by default)
  const decoder = new TextDecoder(encoding);
  return (chunk) => (chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true }));
}

/** Decodes the sample once, for sniffing; a character cut by the sample's end is left out. */
export function decodeSample(sample: Uint8Array, encoding: TextEncoding): string {
  return createChunkDecoder(encoding)(sample);
}

/** Where a multi-byte UTF-8 character cut off by the end of `buf` begins (buf.length when none is). */
function completeUtf8End(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const byte = buf[i]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + length > buf.length ? i : buf.length;
  }
  return buf.length;
}

/**
 * UTF-8 by chunks, fast: a chunk of plain ASCII is copied as Latin-1 (the same characters, far
 * cheaper than a UTF-8 decode on Node 20). The encoding was chosen from the first 64 KB only; when
 * invalid UTF-8 turns up later in a file that had no multi-byte character before, the file is
 * really windows-1252 with ASCII at the start (a name with an accent far down the list), and the
 * rest is decoded as such instead of becoming replacement characters.
 */
function createUtf8Decoder(): ChunkDecoder {
  const cp1252 = createChunkDecoder('windows-1252');
  let carry: Buffer | undefined;
  let first = true;
  let sawMultiByte = false;
  let fallback = false;
  const stripBom = (text: string): string => {
    if (!first || text === '') return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  return (chunk) => {
    if (chunk === undefined) {
      const rest = carry && !fallback ? carry.toString('utf8') : '';
      carry = undefined;
      return rest;
    }
    if (fallback) return cp1252(chunk);
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (carry) {
      buf = Buffer.concat([carry, buf]);
      carry = undefined;
    }
    if (isAscii(buf)) return stripBom(buf.toString('latin1'));
    const end = completeUtf8End(buf);
    const body = buf.subarray(0, end);
    if (!sawMultiByte && !isUtf8(body)) {
      fallback = true;
      return stripBom(cp1252(buf));
    }
    sawMultiByte = true;
    if (end < buf.length) carry = Buffer.from(buf.subarray(end));
    return stripBom(body.toString('utf8'));
  };
}
