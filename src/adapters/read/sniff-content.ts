import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { decodeSample } from './decode-text.js';
import { text, type Text } from '../../core/i18n/index.js';
import { tableReadMessages as m, type RefusedHint, type RefusedWhat } from './table-read-messages.js';

/** What the first bytes of a file say it is. */
export type ContentKind =
  | { kind: 'zip' }
  | { kind: 'text'; encoding: TextEncoding; text: string }
  | { kind: 'rejected'; what: Text; hint: Text };

/** A refused file: what it is and what to do, in the reader's language. */
export function refused(what: RefusedWhat, hint: RefusedHint): { kind: 'rejected'; what: Text; hint: Text } {
  return { kind: 'rejected', what: text(m, what), hint: text(m, hint) };
}

/** Formats recognised by their magic bytes that mobiscan cannot read, with what to do instead. */
const FOREIGN_SIGNATURES: { bytes: number[]; what: RefusedWhat; hint: RefusedHint }[] = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'what_xls', hint: 'hint_saveAsNoPassword' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'what_pdf', hint: 'hint_exportAgain' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'what_png', hint: 'hint_exportAgain' },
  { bytes: [0xff, 0xd8, 0xff], what: 'what_jpeg', hint: 'hint_exportAgain' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'what_gif', hint: 'hint_exportAgain' },
  { bytes: [0x1f, 0x8b], what: 'what_gzip', hint: 'hint_unpack' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'what_7zip', hint: 'hint_unpack' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'what_rar', hint: 'hint_unpack' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'what_rtf', hint: 'hint_exportAgain' },
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
      return refused(signature.what, signature.hint);
    }
  }
  const encoding = detectEncoding(sample);
  if (!encoding.startsWith('utf-16') && sample.includes(0)) {
    return refused('what_binary', 'hint_exportAgain');
  }
  const decoded = decodeSample(sample, encoding);
  const markup = recogniseMarkup(decoded);
  if (markup) return markup;
  if (controlShare(decoded) > 0.01) {
    // 1%: text exports have next to no control characters, random bytes have about 11%
    return refused('what_control', 'hint_exportAgain');
  }
  return { kind: 'text', encoding, text: decoded };
}

/** HTML and XML spreadsheets are often saved with a .xls name by older HR systems. */
function recogniseMarkup(text: string): ContentKind | undefined {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return refused('what_xml2003', 'hint_saveAs');
  }
  if (/^(<!doctype html|<html|<table)/.test(head)) {
    return refused('what_html', 'hint_saveAs');
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
