import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/i18n/index.js';
import { parseColumnsFlag } from '../../../src/core/ingest/parse-columns-flag.js';
import { parseColumnSpec } from '../../../src/core/track/track-columns.js';

describe('--columns means one thing on every command', () => {
  it('splits a mapping file from ROLE=HEADER pairs, comma-separated or repeated, in order', () => {
    expect(parseColumnsFlag(['map.json', 'date=Datum,time=2', 'homePostcode="Postcode woonadres"'])).toEqual({
      file: 'map.json',
      pairs: [['date', 'Datum'], ['time', '2'], ['homePostcode', 'Postcode woonadres']],
      errors: [],
    });
    expect(parseColumnsFlag('timestamp=Passage')).toEqual({ pairs: [['timestamp', 'Passage']], errors: [] });
    expect(parseColumnsFlag(undefined)).toEqual({ pairs: [], errors: [] });
  });

  it('refuses two mapping files and half pairs, in Dutch', () => {
    const flag = parseColumnsFlag(['a.json', 'b.json', '=Datum', 'date=']);
    expect(flag.errors.map((e) => renderText(e, 'nl'))).toEqual([
      '--columns: twee koppelbestanden (a.json en b.json); geef er één, en noem losse kolommen als ROL=KOP',
      '--columns: "=Datum" is geen ROL=KOP',
      '--columns: "date=" is geen ROL=KOP',
    ]);
  });

  it('gives track import the same pairs as its old comma spec', () => {
    const pairs = parseColumnsFlag('timestamp=Passage,plate=Kenteken').pairs;
    expect(parseColumnSpec(pairs)).toEqual(parseColumnSpec('timestamp=Passage,plate=Kenteken'));
    expect(parseColumnSpec(pairs).overrides).toEqual({ timestamp: 'Passage', vehicleKey: 'Kenteken' });
    const error = parseColumnSpec([['colour', 'Kleur']]).errors[0]!;
    expect(renderText(error, 'en')).toMatch(/‘colour=Kleur’ is not ROLE=HEADER/);
    expect(renderText(error, 'nl')).toMatch(/^--columns: ‘colour=Kleur’ is niet ROL=KOLOMNAAM \(rollen: timestamp, /);
  });
});
