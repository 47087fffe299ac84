import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../../src/adapters/report/xlsx/render-workbook.js';
import { writeCsv } from '../../../src/adapters/write/write-csv.js';
import { csvCell } from '../../../src/core/format/csv-cell.js';
import type { ReportModel } from '../../../src/core/report/report-model.js';
import { text, type Catalogue } from '../../../src/core/i18n/index.js';
import { formatWpmCsv } from '../../../src/core/track/format-wpm-csv.js';
import { formatCompanyCsv, parseCompanyCsv } from '../../../src/core/workspace/company-csv.js';
import type { Company } from '../../../src/core/workspace/types.js';
import { sampleModel } from '../../fixtures/report/sample-model.js';
import { allCells, loadWorkbook } from '../report/xlsx/load-workbook.js';
import { tempDir } from '../../cli/e2e/run-cli.js';

// Every character a spreadsheet takes as the start of a formula (OWASP CSV injection), each
// written by every CSV and xlsx writer mobiscan has, and read back.
/** A catalogue that says its one value as it is (not registered: the catalogue test need not see it). */
const VERBATIM: Catalogue<'v'> = { area: 'test-verbatim', messages: { nl: { v: '{v}' }, en: { v: '{v}' } } };
const HOSTILE = ['=cmd|\' /C calc\'!A0', '+31 6 1234', '-1+1', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];
const readCsv = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true });
/** Every cell of a CSV that starts a formula: none may. */
const formulaCells = (rows: string[][]) => rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));

describe('formula neutralisation in every file mobiscan writes', () => {
  it('the one CSV cell writer prefixes a quote (for files read back, also before quotes already there)', () => {
    for (const text of HOSTILE) expect(csvCell(text)).toMatch(/^"?'/);
    expect(csvCell("'=1")).toBe("'=1");
    expect(csvCell("'=1", { reversible: true })).toBe("''=1");
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell(-1.5)).toBe('-1,5'); // numbers are numbers, not text
  });

  it('reject files and the --employees list (writeCsv)', async () => {
    const path = join(tempDir(), 'rejects.csv');
    await writeCsv(path, ['row', 'column', 'reason'], HOSTILE.map((text, i) => [i + 2, text, text]), { preface: [HOSTILE[0]!] });
    const rows = readCsv(readFileSync(path, 'utf8'));
    expect(formulaCells(rows)).toEqual([]);
    for (const text of HOSTILE) expect(rows.flat()).toContain(`'${text}`);
  });

  it('the WPM table (wpm --out)', () => {
    // the notes are the program's own sentences; a hostile value can only come in as a placeholder
    const texts = HOSTILE.map((v) => text(VERBATIM, 'v', { v }));
    const wpm = { year: 2026, scope: { year: 2026, inScope: 0, outOfScope: 0 }, rows: [], totalKm: 0, totalCo2TtwKg: 0, unassignedKm: 0, notes: texts, assumptions: texts, warnings: texts };
    const rows = readCsv(formatWpmCsv(wpm, { companyName: HOSTILE[0]!, scanExportDate: HOSTILE[3]! }));
    expect(formulaCells(rows)).toEqual([]);
    for (const text of HOSTILE) expect(rows.flat()).toContain(`'${text}`);
  });

  it('company export, which reads back to exactly what was exported', () => {
    const company: Company = {
      id: 'asz', name: HOSTILE[0]!, sector: HOSTILE[1]!, headcount: 10, declarationSigned: null, sharesWithAlliance: false,
      locations: HOSTILE.map((text, i) => ({ key: `l${i}`, name: `${text}${i}`, address: text, postcode: null, lat: null, lon: null })),
    };
    const csv = formatCompanyCsv([company]);
    expect(formulaCells(readCsv(csv))).toEqual([]);
    const back = parseCompanyCsv(csv);
    expect(back.ok && back.value[0]?.name).toBe(HOSTILE[0]);
    // the import trims leading white space from every field, as it does for any CSV a person typed
    expect(back.ok && back.value[0]?.locations.map((l) => l.address)).toEqual(HOSTILE.map((t) => t.trim()));
  });

  it('report workbooks (company, alliance and campaign sheets share one writer): text cells, never formula cells', async () => {
    const model: ReportModel = structuredClone(sampleModel);
    model.title = HOSTILE[0]!;
    model.keyFigures[0]!.label = HOSTILE[1]!;
    model.sections[0]?.tables[0]?.rows.push(...HOSTILE.map((text) => [text, 1, 1, 0.5, 1]));
    const read = await loadWorkbook(await renderWorkbook(model));
    // XML reads a carriage return back as a line feed; the text stays text either way
    for (const text of HOSTILE.map((t) => t.replace(/\r/g, '\n'))) expect(allCells(read).some((cell) => cell.value === text), JSON.stringify(text)).toBe(true);
    expect(allCells(read).filter((cell) => cell.formula !== undefined || cell.type === 6 /* ValueType.Formula */)).toEqual([]);
  });
});
