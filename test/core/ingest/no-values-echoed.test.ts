import { describe, expect, it } from 'vitest';
import { createRowNormaliser } from '../../../src/core/ingest/create-row-normaliser.js';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';
import { shareableSamples } from '../../../src/core/ingest/shareable-samples.js';
import { stripControl } from '../../../src/core/ingest/strip-control.js';
import { DEFAULT_INGEST_SETTINGS } from '../../../src/core/ingest/types.js';
import { LANGS, renderText } from '../../../src/core/i18n/index.js';

const headers = ['Postcode', 'Vervoerwijze', 'FTE', 'Afstand (km)', 'Begintijd', 'Leaseauto', 'Land'];

function problemsOf(cells: string[]) {
  const mapping = detectColumns(headers, []);
  return createRowNormaliser(headers, mapping, DEFAULT_INGEST_SETTINGS)(cells, 7).problems;
}

describe('cell values are never echoed where the column might hold personal data', () => {
  it('names row, column and the kind of problem, not a name typed into the mode, FTE, distance, time, lease or country column', () => {
    const problems = problemsOf(['3311AB', 'Lotte Mulder', 'Lotte Mulder', 'Lotte Mulder', 'Lotte Mulder', 'Lotte Mulder', 'Lotte Mulder']);
    expect(problems.map((p) => p.code).sort()).toEqual(['invalid-country', 'invalid-distance', 'invalid-fte', 'invalid-lease-car', 'invalid-mode', 'invalid-time']);
    for (const problem of problems) {
      expect(problem.row).toBe(7);
      expect(problem.column).toBeTruthy();
      for (const lang of LANGS) expect(renderText(problem.reason, lang)).not.toContain('Lotte');
      expect(renderText(problem.reason, 'en')).toContain('(value not shown)');
      expect(renderText(problem.reason, 'nl')).toContain('(waarde niet getoond)');
    }
  });

  it('still quotes a number that is out of range, which can name nobody', () => {
    const problems = problemsOf(['3311AB', 'fiets', '7,5', '900', '', '', '']);
    expect(renderText(problems.find((p) => p.code === 'invalid-fte')!.reason, 'nl')).toContain('"7,5"');
    expect(renderText(problems.find((p) => p.code === 'invalid-distance')!.reason, 'nl')).toBe('afstand "900": onmogelijk ver (verwacht hoogstens 250 km enkele reis)');
  });
});

describe('shareableSamples', () => {
  it('shows mode words and postcodes, never a name in those columns', () => {
    expect(shareableSamples('mode', ['fiets', 'Lotte Mulder', 'auto'], 3)).toEqual(['fiets', 'auto']);
    expect(shareableSamples('homePostcode', ['3311 AB', 'Jan Smit'], 3)).toEqual(['3311 AB']);
    expect(shareableSamples('fte', ['0,8', 'Jan Smit'], 3)).toEqual(['0,8']);
    expect(shareableSamples('employeeId', ['1001'], 3)).toEqual([]);
  });

  it('shows free text (a work location) only when at least 5 rows share it', () => {
    const values = [...Array(5).fill('Locatie Noord'), 'Lotte Mulder', 'Lotte Mulder'];
    expect(shareableSamples('workLocation', values, 3)).toEqual(['Locatie Noord']);
  });
});

describe('stripControl', () => {
  it('takes escape sequences, bells and carriage returns out of a value', () => {
    expect(stripControl('\x1b[2J\x1b]0;title\x07Noord\rZuid\x9b')).toBe('[2J]0;titleNoord Zuid');
    expect(stripControl('Curaçao Zoë')).toBe('Curaçao Zoë');
  });
});
