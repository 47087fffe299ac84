import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../src/core/i18n/index.js';
import { ingestHrExport, previewExport } from '../../src/app/ingest-hr-export.js';
import { InputError } from '../../src/core/errors.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

const dir = mkdtempSync(join(tmpdir(), 'mobiscan-no-header-'));
const headerless = join(dir, 'no-header.csv');
writeFileSync(
  headerless,
  [
    'Lotte Mulder;Dorpsstraat 1;3315 CH;Dordrecht;12-03-1985;lotte.mulder@example.nl;12,5',
    'Jan Smit;Kerkweg 3;3316 AB;Dordrecht;01-02-1970;jan.smit@example.nl;4',
    'Ali Yilmaz;Laan 8;3317 KL;Dordrecht;05-06-1990;ali@example.nl;7',
  ].join('\n') + '\n',
);

describe('a file without a header row', () => {
  it('is refused with a message that asks for --columns and shows none of the first employee', async () => {
    const error = await previewExport(headerless).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const text = `${(error as InputError).message}\n${(error as InputError).hint}`;
    expect(text).toContain('no header row');
    expect(text).toContain('--columns');
    for (const value of ['Lotte', 'Mulder', 'Dorpsstraat', '3315', '1985', 'example.nl']) expect(text).not.toContain(value);
  });

  it('is read with columns named by number, the first row counted as an employee and no cell used as a header', async () => {
    const summary = await ingestHrExport(headerless, { columns: { roles: { homePostcode: 'column 3', distanceKm: 'kolom 7' } } });
    expect(summary.headerRow).toBe(0);
    expect(summary.headers).toEqual([]);
    expect(summary.rowsUsed).toBe(3);
    const shown = JSON.stringify(summary.mapping);
    for (const value of ['Lotte', 'Mulder', 'Dorpsstraat', '3315', '1985', 'example.nl']) expect(shown).not.toContain(value);
  });

  it('still takes a first row of unknown column names that the mapping names', async () => {
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'Kolom A;Kolom B\n3311AB;5,2\n3312CD;7,9\n');
    const summary = await ingestHrExport(file, { columns: { roles: { homePostcode: 'Kolom A', distanceKm: 'Kolom B' } } });
    expect(summary.headerRow).toBe(1);
    expect(summary.rowsUsed).toBe(2);
  });
});
