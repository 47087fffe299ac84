import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../../src/adapters/read/decode-text.js';

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
