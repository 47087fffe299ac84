import { describe, expect, it } from 'vitest';
import { describeUnresolved } from '../../../src/core/ingest/describe-unresolved.js';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';

describe('describeUnresolved', () => {
  it('says how to map a missing home location', () => {
    expect(describeUnresolved(detectColumns(['Naam', 'Vestiging'], []))).toEqual([
      'no column for the home postcode or home place (use --columns map.json with {"roles": {"homePostcode": "<header>"}})',
    ]);
  });

  it('names the candidate headers of an ambiguous role', () => {
    expect(describeUnresolved(detectColumns(['Postcode', 'Vestiging', 'Locatie'], []))).toEqual([
      '2 columns could be the work location: "Vestiging", "Locatie" (use --columns map.json with {"roles": {"workLocation": "<header>"}})',
    ]);
  });

  it('says nothing when the mapping is complete', () => {
    expect(describeUnresolved(detectColumns(['Postcode', 'Vestiging'], []))).toEqual([]);
  });
});
