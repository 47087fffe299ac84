import { renderText } from '../../../src/core/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/adapters/read/detect-encoding.js';
import { sniffContent } from '../../../src/adapters/read/sniff-content.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('detectEncoding', () => {
  it('trusts a byte-order mark', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('utf-8');
    expect(detectEncoding(bytes(0xff, 0xfe, 0x41, 0))).toBe('utf-16le');
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x41))).toBe('utf-16be');
  });

  it('takes valid UTF-8 as UTF-8, even when the sample cuts a character in half', () => {
    const text = Buffer.from('Zoë;Curaçao');
    expect(detectEncoding(text)).toBe('utf-8');
    expect(detectEncoding(text.subarray(0, text.indexOf(0xc3) + 1))).toBe('utf-8');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    expect(detectEncoding(Buffer.from('Zoë;Curaçao', 'latin1'))).toBe('windows-1252');
  });

  it('recognises UTF-16 without a byte-order mark by its NUL high bytes', () => {
    expect(detectEncoding(Buffer.from('Postcode;FTE\r\n', 'utf16le'))).toBe('utf-16le');
  });
});

describe('sniffContent', () => {
  it('judges by content: a zip signature is a zip whatever the name', () => {
    expect(sniffContent(bytes(0x50, 0x4b, 3, 4, 0, 0))).toEqual({ kind: 'zip' });
  });

  it('refuses an OLE2 container as an old .xls with advice to save as .xlsx', () => {
    const result = sniffContent(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0));
    if (result.kind !== 'rejected') throw new Error('not refused');
    expect(renderText(result.what, 'en')).toContain('.xls');
    expect(renderText(result.hint, 'en')).toContain('.xlsx');
    expect(renderText(result.what, 'nl')).toBe('een oude Excel-werkmap (.xls) of een werkmap met een wachtwoord');
    expect(renderText(result.hint, 'nl')).toMatch(/^Open het in Excel en sla het op als \.xlsx/);
  });

  it('refuses NUL bytes outside UTF-16 as binary', () => {
    expect(sniffContent(Buffer.from('a;b\n1;\u0000\n'))).toMatchObject({ kind: 'rejected' });
  });

  it('accepts UTF-16 text although it is full of NUL bytes', () => {
    const sample = Buffer.concat([bytes(0xff, 0xfe), Buffer.from('a;b\r\n', 'utf16le')]);
    expect(sniffContent(sample)).toEqual({ kind: 'text', encoding: 'utf-16le', text: 'a;b\r\n' });
  });

  it('decodes windows-1252 punctuation that Latin-1 lacks', () => {
    const sample = Buffer.from([0x80, 0x20, 0x93, 0x78, 0x94]);
    expect(sniffContent(sample)).toMatchObject({ kind: 'text', text: '€ “x”' });
  });
});
