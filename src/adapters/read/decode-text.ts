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
/** A UTF-8 lead byte and a continuation byte, seen as Latin-1 characters. */
const UTF8_PAIR = /[\xc2-\xf4][\x80-\xbf]/;

/** Incremental decoder: feed chunks in order, then call with no chunk to flush. */
export type ChunkDecoder = (chunk?: Uint8Array) => string;

/** Lines of a file in the other encoding than the file's own: UTF-8 and windows-1252 mixed. */
export interface MixedEncoding {
  /** The encoding the file was read in. */
  encoding: 'utf-8' | 'windows-1252';
  /** The other encoding, found on some lines and decoded as such. */
  other: 'utf-8' | 'windows-1252';
  /** 1-based line numbers of the lines in the other encoding (the first ones). */
  lines: number[];
  /** How many lines were in the other encoding. */
  count: number;
}

/** Lines in the other encoding listed by number in a MixedEncoding. */
const LINES_LISTED = 10;

/** windows-1252 bytes to text: Latin-1 with the 0x80-0x9F table applied. */
function cp1252(buf: Buffer): string {
  return buf.toString('latin1').replace(C1_RANGE, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

/**
 * A decoder that keeps multi-byte characters intact across chunk borders. For UTF-8 and
 * windows-1252 it decodes line by line where a chunk is not plain in its encoding: a file pasted
 * together from a UTF-8 and a windows-1252 export gets each line right, and `onMixed` (called
 * when the last chunk is flushed) lists the lines in the other encoding.
 */
export function createChunkDecoder(encoding: TextEncoding, onMixed?: (mixed: MixedEncoding) => void): ChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'windows-1252') return createLineDecoder(encoding, onMixed);
  // TextDecoder drops the byte-order mark of its own encoding (ignoreBOM is false by default)
  const decoder = new TextDecoder(encoding);
  return (chunk) => (chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true }));
}

/** Index just past the last line break (LF or CR) in `buf`, or 0 when it has none. */
function pastLastBreak(buf: Buffer): number {
  return Math.max(buf.lastIndexOf(10), buf.lastIndexOf(13)) + 1;
}

/**
 * UTF-8 or windows-1252, by whole lines. A chunk is cut after its last line break (the rest waits
 * for the next chunk; table-limits.ts bounds a line). Plain ASCII is copied as Latin-1 (the same
 * characters, far cheaper than a UTF-8 decode on Node 20); a chunk valid in the file's encoding
 * is decoded whole; otherwise each line with high bytes is decoded as UTF-8 when it is valid
 * UTF-8, else as windows-1252. A UTF-8 file without any multi-byte character before its first
 * invalid line is windows-1252 with an ASCII start (a name with an accent far down the list),
 * which is not "mixed".
 */
function createLineDecoder(primary: 'utf-8' | 'windows-1252', onMixed?: (mixed: MixedEncoding) => void): ChunkDecoder {
  let carry: Buffer | undefined;
  let first = true;
  let line = 1; // the line on which the next byte stands
  let sawUtf8 = false; // a line with multi-byte UTF-8
  let sawCp1252 = false; // a line with high bytes that are not UTF-8
  const other: number[] = [];
  let otherCount = 0;
  const stripBom = (text: string): string => {
    if (!first || text === '') return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  const countLines = (buf: Buffer): void => {
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) line++;
  };
  const byLine = (body: Buffer): string => {
    let text = '';
    let start = 0;
    while (start < body.length) {
      const lf = body.indexOf(10, start);
      const end = lf < 0 ? body.length : lf + 1;
      const piece = body.subarray(start, end);
      if (isAscii(piece)) text += piece.toString('latin1');
      else if (isUtf8(piece)) {
        sawUtf8 = true;
        if (primary === 'windows-1252') noteOther();
        text += piece.toString('utf8');
      } else {
        sawCp1252 = true;
        if (primary === 'utf-8') noteOther();
        text += cp1252(piece);
      }
      if (lf >= 0) line++;
      start = end;
    }
    return text;
  };
  const noteOther = (): void => {
    otherCount++;
    if (other.length < LINES_LISTED) other.push(line);
  };
  const decodeBody = (body: Buffer): string => {
    if (isAscii(body)) {
      countLines(body);
      return body.toString('latin1');
    }
    if (primary === 'utf-8' && isUtf8(body)) {
      sawUtf8 = true;
      countLines(body);
      return body.toString('utf8');
    }
    if (primary === 'windows-1252') {
      // no UTF-8 lead byte followed by a continuation byte: nothing here can be UTF-8
      const latin = body.toString('latin1');
      if (!UTF8_PAIR.test(latin)) {
        sawCp1252 = true;
        countLines(body);
        return latin.replace(C1_RANGE, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
      }
    }
    return byLine(body);
  };
  return (chunk) => {
    if (chunk === undefined) {
      const rest = carry ? decodeBody(carry) : '';
      carry = undefined;
      // windows-1252 lines in a UTF-8 file without any multi-byte line: a windows-1252 file, not a mix
      const mixed = primary === 'utf-8' ? sawUtf8 && otherCount > 0 : otherCount > 0 && sawCp1252;
      if (mixed) onMixed?.({ encoding: primary, other: primary === 'utf-8' ? 'windows-1252' : 'utf-8', lines: other, count: otherCount });
      return stripBom(rest);
    }
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (carry) {
      buf = Buffer.concat([carry, buf]);
      carry = undefined;
    }
    const end = pastLastBreak(buf);
    if (end < buf.length) carry = Buffer.from(buf.subarray(end));
    return stripBom(decodeBody(buf.subarray(0, end)));
  };
}

/** Decodes the sample once, for sniffing; a character cut by the sample's end is left out. */
export function decodeSample(sample: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return cp1252(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength));
  // the sample of a UTF-8 file is valid UTF-8 (detect-encoding.ts); stream: true leaves out a cut character
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(sample, { stream: true });
  return createChunkDecoder(encoding)(sample);
}
