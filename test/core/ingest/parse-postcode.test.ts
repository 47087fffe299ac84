import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { LANGS, renderText } from '../../../src/core/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { parsePostcode, type PostcodeKey } from '../../../src/core/ingest/parse-postcode.js';

describe('parsePostcode', () => {
  it('reads a plain Dutch postcode (fast path) as it reads the same postcode in any other spelling', () => {
    const digits = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    const letters = fc.stringMatching(/^[A-Z]{2}$/);
    fc.assert(
      fc.property(digits, fc.option(letters, { nil: undefined }), fc.constantFrom('', ' '), (pc4, pair, gap) => {
        const plain = pair === undefined ? pc4 : `${pc4}${gap}${pair}`;
        const other = pair === undefined ? ` ${pc4}  ` : ` ${pc4} - ${pair.toLowerCase()} `;
        expect(parsePostcode(plain)).toEqual(parsePostcode(other));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['3311 AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['3311AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['3311ab', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    [' 3311-AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['3311 - ab ', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['3311  AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['1011\tAC', { country: 'NL', pc6: '1011AC', pc4: '1011' }],
    ['9999 ZZ', { country: 'NL', pc6: '9999ZZ', pc4: '9999' }],
    ['1000 AA', { country: 'NL', pc6: '1000AA', pc4: '1000' }],
    ['3311', { country: 'NL', pc4: '3311' }],
    [' 6211 ', { country: 'NL', pc4: '6211' }],
    ['NL-3311AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['NL 3311 AB', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['nl-3311ab', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['B-2000', { country: 'BE', postcode: '2000' }],
    ['B 2000', { country: 'BE', postcode: '2000' }],
    ['BE-2000', { country: 'BE', postcode: '2000' }],
    ['BE2000', { country: 'BE', postcode: '2000' }],
    ['D-47533', { country: 'DE', postcode: '47533' }],
    ['DE 47533', { country: 'DE', postcode: '47533' }],
    ['d-47533', { country: 'DE', postcode: '47533' }],
  ])('reads %j without a country column', (raw, expected) => {
    expect(parsePostcode(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2000', 'BE', { country: 'BE', postcode: '2000' }],
    ['9000', 'BE', { country: 'BE', postcode: '9000' }],
    ['47533', 'DE', { country: 'DE', postcode: '47533' }],
    ['1067', 'DE', { country: 'DE', postcode: '01067' }],
    ['01067', 'DE', { country: 'DE', postcode: '01067' }],
    ['75001', 'FR', { country: 'FR', postcode: '75001' }],
    ['sw1a 1aa', 'GB', { country: 'GB', postcode: 'SW1A 1AA' }],
    ['B-2000', 'NL', { country: 'BE', postcode: '2000' }],
    ['3311 AB', 'NL', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
    ['3311 AB', 'nl', { country: 'NL', pc6: '3311AB', pc4: '3311' }],
  ])('reads %j with country %s', (raw, country, expected) => {
    expect(parsePostcode(raw, country)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', undefined], ['   ', undefined], ['0311 AB', undefined], ['999', undefined], ['33111', undefined],
    ['3311 A', undefined], ['3311 ABC', undefined],
    ['ABCD', undefined], ['33-11AB', undefined], ['3311 1A', undefined], ['X-3311', undefined], ['3311-', undefined],
    ['Kerkstraat 12', undefined], ['0', undefined], ['200', 'BE'], ['0200', 'BE'], ['475331', 'DE'], ['B-20000', undefined],
    ['D-475', undefined], ['00000', 'DE'],
  ])('rejects %j (country %s)', (raw, country) => {
    expect(parsePostcode(raw, country).ok).toBe(false);
  });

  it.each(['3311 SA', '3311 sd', '3311SS'])('places %j, whose letters are never issued, by its valid PC4', (raw) => {
    expect(parsePostcode(raw)).toEqual({ ok: true, value: { country: 'NL', pc4: '3311', unissuedLetters: true } });
  });

  it('never quotes the value in its reason', () => {
    const result = parsePostcode('Kerkstraat 12');
    expect(result.ok).toBe(false);
    if (!result.ok) for (const lang of LANGS) expect(renderText(result.reason, lang)).not.toContain('Kerkstraat');
  });

  const canonical = (key: PostcodeKey): string => key.pc6 ?? key.postcode ?? key.pc4 ?? '';

  it('survives normalising twice unchanged', () => {
    const pc6 = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(' ', '', '-', ' - ', '  '), fc.stringMatching(/^[A-Za-z]{2}$/))
      .map(([digits, sep, letters]) => `${digits}${sep}${letters}`);
    const anyText = fc.oneof(pc6, fc.string({ maxLength: 12 }), fc.stringMatching(/^(B|D|NL|BE|DE)[- ]?\d{4,5}$/));
    fc.assert(
      fc.property(anyText, fc.constantFrom('NL', 'BE', 'DE', 'FR'), (raw, country) => {
        const once = parsePostcode(raw, country);
        if (!once.ok) return;
        // the never-issued-letters mark describes the raw text (SA, SD, SS), not the key it gives
        const key: PostcodeKey = { ...once.value };
        if ('unissuedLetters' in key) delete key.unissuedLetters;
        expect(parsePostcode(canonical(key), key.country)).toEqual({ ok: true, value: key });
      }),
    );
  });

  it('keeps the PC4 of a postcode with never-issued letters, in any case ("1000 sA"), and marks it', () => {
    expect(parsePostcode('1000 sA', 'NL')).toEqual({ ok: true, value: { country: 'NL', pc4: '1000', unissuedLetters: true } });
  });

  it('accepts every PC4 of the Dutch reference table', () => {
    const path = fileURLToPath(new URL('../../../../shared/data/nl-pc4.tsv', import.meta.url));
    const pc4s = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0] ?? '');
    expect(pc4s.length).toBeGreaterThan(4000);
    for (const pc4 of pc4s) expect(parsePostcode(pc4)).toEqual({ ok: true, value: { country: 'NL', pc4 } });
  });
});
