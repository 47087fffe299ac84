import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkDecoder, type MixedEncoding } from '../../../src/adapters/read/decode-text.js';

/** Decodes bytes fed in pieces of the given sizes, as a stream would. */
function decodeInPieces(bytes: Buffer, sizes: number[]): string {
  const decode = createChunkDecoder('utf-8');
  let out = '';
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]!);
    out += decode(bytes.subarray(at, at + size));
    at += size;
  }
  return out + decode();
}

describe('decoding UTF-8 by chunks', () => {
  it('gives the same text however the bytes are cut, multi-byte characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), (text, sizes) => {
        expect(decodeInPieces(Buffer.from(text, 'utf8'), sizes)).toBe(text);
      }),
    );
  });

  it('drops a byte-order mark at the start only', () => {
    expect(decodeInPieces(Buffer.from('\uFEFFPostcode;Plaats\n\uFEFF', 'utf8'), [2, 5])).toBe('Postcode;Plaats\n\uFEFF');
  });

  it('reads a file that is ASCII at the start and windows-1252 further down as windows-1252', () => {
    const ascii = 'Postcode;Woonplaats\n' + '3311AB;Dordrecht\n'.repeat(5000);
    const later = Buffer.from([0x5a, 0x6f, 0xeb, 0x3b, 0x80, 0x0a]); // "Zoë;€\n" in windows-1252
    expect(decodeInPieces(Buffer.concat([Buffer.from(ascii, 'latin1'), later]), [65536])).toBe(`${ascii}Zoë;€\n`);
  });
});

describe('a file that mixes UTF-8 and windows-1252 lines', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const cp = (s: string) => Buffer.from(s, 'latin1');

  it('decodes each line in its own encoding and names the lines in the other one, whatever the chunks', () => {
    const bytes = Buffer.concat([utf8('Naam;Plaats\nZoë;Curaçao\n'), cp('Zoë;Curaçao\n'), utf8('Renée;Düsseldorf\n'), cp('André;Zürich\n')]);
    for (const size of [1, 3, 7, 64, bytes.length]) {
      const notes: MixedEncoding[] = [];
      const decode = createChunkDecoder('utf-8', (m) => notes.push(m));
      let text = '';
      for (let at = 0; at < bytes.length; at += size) text += decode(bytes.subarray(at, at + size));
      text += decode();
      expect(text, `chunks of ${size}`).toBe('Naam;Plaats\nZoë;Curaçao\nZoë;Curaçao\nRenée;Düsseldorf\nAndré;Zürich\n');
      expect(notes).toEqual([{ encoding: 'utf-8', other: 'windows-1252', lines: [3, 5], count: 2 }]);
    }
  });

  it('reads UTF-8 lines in a windows-1252 file as UTF-8', () => {
    const notes: MixedEncoding[] = [];
    const decode = createChunkDecoder('windows-1252', (m) => notes.push(m));
    const text = decode(Buffer.concat([cp('Zoë;1\n'), utf8('Zoë;2\n')])) + decode();
    expect(text).toBe('Zoë;1\nZoë;2\n');
    expect(notes).toEqual([{ encoding: 'windows-1252', other: 'utf-8', lines: [2], count: 1 }]);
  });

  it('says nothing for a windows-1252 file that starts with ASCII lines', () => {
    const notes: MixedEncoding[] = [];
    const decode = createChunkDecoder('utf-8', (m) => notes.push(m));
    expect(decode(Buffer.concat([cp('a;b\n'.repeat(5)), cp('Zoë;1\n')])) + decode()).toBe('a;b\n'.repeat(5) + 'Zoë;1\n');
    expect(notes).toEqual([]);
  });
});
