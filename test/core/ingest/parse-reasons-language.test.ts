import { describe, expect, it } from 'vitest';
import { renderText, type Text } from '../../../src/core/i18n/index.js';
import { parseDutchNumber } from '../../../src/core/ingest/parse-dutch-number.js';
import { parseFte } from '../../../src/core/ingest/parse-fte.js';
import { parseHomeworkDays } from '../../../src/core/ingest/parse-homework-days.js';
import { parsePostcode } from '../../../src/core/ingest/parse-postcode.js';
import { parseTime } from '../../../src/core/ingest/parse-time.js';
import { parseWorkdays } from '../../../src/core/ingest/parse-workdays.js';
import type { Parsed } from '../../../src/core/ingest/parsed.js';
import { ignoredReasonText } from '../../../src/core/ingest/column-words-messages.js';

/** The reason of a failed parse, in Dutch and in English. */
function reasons(parsed: Parsed<unknown>): [string, string] {
  expect(parsed.ok).toBe(false);
  const reason = (parsed as { reason: Text }).reason;
  return [renderText(reason, 'nl'), renderText(reason, 'en')];
}

describe('why a cell cannot be read, in the reader’s language', () => {
  it('speaks Dutch by default and English on request, with Dutch numbers in Dutch', () => {
    expect(reasons(parsePostcode('33 AB'))).toEqual(['geen Nederlandse postcode (verwacht 1234 AB of 1234)', 'not a Dutch postcode (expected 1234 AB or 1234)']);
    expect(reasons(parsePostcode('12', 'DE'))).toEqual(['geen Duitse postcode (verwacht 5 cijfers)', 'not a German postcode (expected 5 digits)']);
    expect(reasons(parseDutchNumber('12 AB'))).toEqual(['geen getal', 'not a number']);
    expect(reasons(parseDutchNumber('1,234.567,8'))).toEqual(['geen getal (punten en komma’s door elkaar)', 'not a number (mixed separators)']);
    expect(reasons(parseTime('kwart over'))).toEqual(['geen tijd (bijvoorbeeld 07:30)', 'not a time (e.g. 07:30)']);
    expect(reasons(parseTime('25:00'))).toEqual(['geen bestaande tijd (verwacht 00:00 tot 23:59)', 'out of range (expected 00:00-23:59)']);
    expect(reasons(parseWorkdays('9'))).toEqual(['buiten het bereik (verwacht 0,5 tot 7 dagen)', 'out of range (expected 0.5-7 days)']);
    expect(reasons(parseWorkdays('3,3'))).toEqual(['geen hele of halve dag', 'not a whole or half day']);
    expect(reasons(parseHomeworkDays('6'))).toEqual(['buiten het bereik (verwacht 0 tot 5 dagen)', 'out of range (expected 0-5 days)']);
    expect(reasons(parseFte('2', 'fte', { fullTimeHoursPerWeek: 36 }))).toEqual(['onmogelijk (verwacht meer dan 0 en hoogstens 1,5)', 'impossible (expected more than 0 and at most 1.5)']);
  });
});

describe('why a column was left out, in the reader’s language', () => {
  it('translates the core’s stable phrases, naming the role in words', () => {
    const both = (reason: string) => [renderText(ignoredReasonText(reason), 'nl'), renderText(ignoredReasonText(reason), 'en')];
    expect(both('second candidate for homePostcode')).toEqual(['tweede kandidaat voor postcode woonadres', 'second candidate for home postcode']);
    expect(both('ambiguous: 2 columns could be workLocation')).toEqual(['onduidelijk: 2 kolommen kunnen werklocatie zijn', 'ambiguous: 2 columns could be work location']);
    expect(both('not a column mobiscan uses')).toEqual(['geen kolom die mobiscan gebruikt', 'not a column mobiscan uses']);
    expect(both('something new')).toEqual(['something new', 'something new']);
  });
});
