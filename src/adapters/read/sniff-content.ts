import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { decodeSample } from './decode-text.js';

/** What the first bytes of a file say it is. */
export type ContentKind =
  | { kind: 'zip' }
  | { kind: 'text'; encoding: TextEncoding; text: string }
  | { kind: 'rejected'; what: string; hint: string };

const SAVE_AS = 'Open it in Excel and save it as .xlsx or as CSV (puntkomma-gescheiden).';
const EXPORT_AGAIN = 'Export the employee data from the HR system as .xlsx or CSV.';

/** Formats recognised by their magic bytes that mobiscan cannot read, with what to do instead. */
const FOREIGN_SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Excel .xls workbook (or a password-protected workbook)',
    hint: `${SAVE_AS} Remove any password first.`,
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: EXPORT_AGAIN },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: EXPORT_AGAIN },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: EXPORT_AGAIN },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: EXPORT_AGAIN },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', hint: 'Unpack it first and give the CSV or XLSX inside.' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive', hint: 'Unpack it first and give the CSV or XLSX inside.' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', hint: 'Unpack it first and give the CSV or XLSX inside.' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a rich-text (RTF) document', hint: EXPORT_AGAIN },
];

/**
 * Classifies a file by its first bytes, not by its name: a zip container (maybe a workbook),
 * readable text (with its encoding and the decoded sample), or something to refuse.
 */
export function sniffContent(sample: Uint8Array): ContentKind {
  if (sample[0] === 0x50 && sample[1] === 0x4b && (sample[2] === 3 || sample[2] === 5 || sample[2] === 7)) {
    return { kind: 'zip' };
  }
  for (const signature of FOREIGN_SIGNATURES) {
    if (signature.bytes.every((byte, i) => sample[i] === byte)) {
      return { kind: 'rejected', what: signature.what, hint: signature.hint };
    }
  }
  const encoding = detectEncoding(sample);
  if (!encoding.startsWith('utf-16') && sample.includes(0)) {
    return { kind: 'rejected', what: 'a binary file, not text (it contains NUL bytes)', hint: EXPORT_AGAIN };
  }
  const text = decodeSample(sample, encoding);
  const markup = recogniseMarkup(text);
  if (markup) return markup;
  if (controlShare(text) > 0.01) {
    // 1%: text exports have next to no control characters, random bytes have about 11%
    return { kind: 'rejected', what: 'not a text file (it is full of control characters)', hint: EXPORT_AGAIN };
  }
  return { kind: 'text', encoding, text };
}

/** HTML and XML spreadsheets are often saved with a .xls name by older HR systems. */
function recogniseMarkup(text: string): ContentKind | undefined {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return { kind: 'rejected', what: 'an Excel 2003 XML spreadsheet', hint: SAVE_AS };
  }
  if (/^(<!doctype html|<html|<table)/.test(head)) {
    return { kind: 'rejected', what: 'an HTML page (some systems export HTML tables named .xls)', hint: SAVE_AS };
  }
  return undefined;
}

/** Share of C0/C1 control characters other than tab, line breaks, form feed and Ctrl-Z. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a;
    if (isC0 || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls / text.length;
}
