import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../../src/core/ingest/parse-country.js';

describe('parseCountry', () => {
  it.each([
    ['NL', 'NL'], ['nl', 'NL'], [' NL ', 'NL'], ['Nederland', 'NL'], ['NEDERLAND', 'NL'], ['Netherlands', 'NL'],
    ['The Netherlands', 'NL'], ['Holland', 'NL'], ['NLD', 'NL'], ['N.L.', 'NL'], ['Niederlande', 'NL'],
    ['BE', 'BE'], ['België', 'BE'], ['Belgie', 'BE'], ['BELGIË', 'BE'], ['Belgium', 'BE'], ['BEL', 'BE'], ['Belgique', 'BE'],
    ['DE', 'DE'], ['Duitsland', 'DE'], ['Germany', 'DE'], ['Deutschland', 'DE'], ['DEU', 'DE'], ['duitsland ', 'DE'],
    ['Frankrijk', 'FR'], ['Luxemburg', 'LU'], ['Polen', 'PL'], ['UK', 'GB'],
    ['PT', 'PT'], ['se', 'SE'], ['US', 'US'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseCountry(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '  ', 'Atlantis', 'Nederlandt', 'XYZ', 'N', '12', 'x y', 'Zuid-Holland'])('rejects %j', (raw) => {
    expect(parseCountry(raw).ok).toBe(false);
  });
});
