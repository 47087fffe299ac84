import { describe, expect, it } from 'vitest';
import { findExportDate } from '../../../src/core/ingest/find-export-date.js';

describe('the export date from the title rows (peildatum)', () => {
  it('reads the AFAS title row "Peildatum: 01-10-2026"', () => {
    expect(findExportDate([['Personeelsoverzicht Merwede Ziekenhuis'], ['Peildatum: 01-10-2026']])).toBe('2026-10-01');
  });

  it('reads other spellings: no colon, one-digit day, dots, ISO, a date in the next cell', () => {
    expect(findExportDate([['peildatum 1-3-2026']])).toBe('2026-03-01');
    expect(findExportDate([['Medewerkers per peildatum 15.11.2025']])).toBe('2025-11-15');
    expect(findExportDate([['Peildatum', '2026-02-28']])).toBe('2026-02-28');
  });

  it('ignores impossible dates and rows without a peildatum', () => {
    expect(findExportDate([['Peildatum: 31-02-2026']])).toBeUndefined();
    expect(findExportDate([['Export 01-10-2026']])).toBeUndefined();
    expect(findExportDate([])).toBeUndefined();
  });
});
