import { describe, expect, it } from 'vitest';
import { describeUnresolved, describeUnresolvedIn } from '../../../src/core/ingest/describe-unresolved.js';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';
import type { ColumnMapping } from '../../../src/core/ingest/types.js';

describe('describeUnresolved', () => {
  it('says how to map a missing home location, in English and Dutch', () => {
    const mapping = detectColumns(['Naam', 'Vestiging'], []);
    expect(describeUnresolvedIn(mapping, 'en')).toEqual([
      'no column for the home postcode or home place (use --columns map.json with {"roles": {"homePostcode": "<header>"}})',
    ]);
    expect(describeUnresolvedIn(mapping, 'nl')).toEqual([
      'geen kolom voor de postcode of woonplaats van het woonadres (gebruik --columns map.json met {"roles": {"homePostcode": "<header>"}})',
    ]);
  });

  it('names the candidate headers of an ambiguous role', () => {
    expect(describeUnresolvedIn(detectColumns(['Postcode', 'Vestiging', 'Locatie'], []), 'en')).toEqual([
      '2 columns could be the work location: "Vestiging", "Locatie" (use --columns map.json with {"roles": {"workLocation": "<header>"}})',
    ]);
  });

  it('names a candidate without a header by its place: "kolom 3" in Dutch, "column 3" in English', () => {
    const mapping = {
      columns: [{ index: 1, header: 'Vestiging' }, { index: 2, header: '' }],
      roles: {},
      unresolved: [{ role: 'workLocation', problem: 'ambiguous', candidates: [1, 2] }],
    } as unknown as ColumnMapping;
    expect(describeUnresolvedIn(mapping, 'nl')[0]).toContain('2 kolommen kunnen de werklocatie zijn: "Vestiging", kolom 3 (');
    expect(describeUnresolvedIn(mapping, 'en')[0]).toContain('2 columns could be the work location: "Vestiging", column 3 (');
  });

  it('says nothing when the mapping is complete', () => {
    expect(describeUnresolved(detectColumns(['Postcode', 'Vestiging'], []))).toEqual([]);
  });
});
