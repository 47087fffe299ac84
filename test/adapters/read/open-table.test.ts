import { stripControl } from '../../../src/core/ingest/strip-control.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable, type TableRow } from '../../../src/adapters/read/open-table.js';
import { InputError } from '../../../src/core/errors.js';
import { renderText, setMessageLang } from '../../../src/core/i18n/index.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mobiscan-open-table-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(path: string): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of (await openTable(path)).rows) rows.push(row);
  return rows;
}

/** Quotes a cell the way a careful CSV writer would: when it holds anything special. */
const quote = (cell: string) => (/[;,\t|"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

const ENCODE: Record<string, (text: string) => Buffer> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8 with BOM': (text) => Buffer.from(`\uFEFF${text}`, 'utf8'),
  'utf-16le': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
  'windows-1252': (text) => Buffer.from(text, 'latin1'),
};

describe('openTable', () => {
  it('gives back exactly the cells that were written, in any encoding and delimiter', async () => {
    const cell = fc
      .stringMatching(/^[a-zA-Z0-9 ëçï;,|\t"\r\n]{0,10}$/)
      .map((s) => s.trim())
      .filter((s) => !s.startsWith('sep='));
    const table = fc
      .integer({ min: 2, max: 6 })
      .chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 12 }));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(';', ',', '\t', '|'), fc.constantFrom(...Object.keys(ENCODE)), async (rows, d, encoding) => {
        fc.pre(rows.some((r) => r.some((c) => c !== '')));
        const path = join(dir, `round-trip-${run++}.csv`);
        await writeFile(path, ENCODE[encoding]!(rows.map((r) => r.map(quote).join(d)).join('\r\n') + '\r\n'));
        const read = await readAll(path);
        // a line break inside a quoted cell is read as a space: one cell is one line of text
        const oneLine = (c: string) => (c.includes('\n') || c.includes('\r') ? stripControl(c).trim() : c);
        expect(read.map((r) => r.cells)).toEqual(rows.map((r) => r.map(oneLine)));
      }),
      { numRuns: 60 },
    );
  });

  it('numbers rows by the line they start on, also after a quoted "\\r\\n"', async () => {
    const path = join(dir, 'multiline.csv');
    await writeFile(path, 'a;b\r\n"1\r\n2\r\n3";x\r\n\r\nc;d\n');
    expect((await readAll(path)).map((r) => r.row)).toEqual([1, 2, 5, 6]);
  });

  it('keeps multi-byte characters whole across read-chunk borders', async () => {
    const path = join(dir, 'borders.csv');
    // 200,000 lines of 2-byte characters: read chunks of 64 KB cut many of them in half
    await writeFile(path, 'Woonplaats;Opmerking\n' + 'Curaçao;Zoë ëëë\n'.repeat(20_000));
    const rows = await readAll(path);
    expect(rows).toHaveLength(20_001);
    expect(rows.every((r) => !r.cells.join('').includes('\uFFFD'))).toBe(true);
    expect(rows.at(-1)?.cells).toEqual(['Curaçao', 'Zoë ëëë']);
  });

  it('stops reading when the caller stops early', async () => {
    const path = join(dir, 'early.csv');
    await writeFile(path, 'a;b\n' + '1;2\n'.repeat(100_000));
    const source = await openTable(path);
    let seen = 0;
    for await (const _ of source.rows) if (++seen === 3) break;
    expect(seen).toBe(3);
  });

  it('notes that the sheet option means nothing for a CSV', async () => {
    const path = join(dir, 'sheet.csv');
    await writeFile(path, 'a;b\n1;2\n');
    const source = await openTable(path, { sheet: 'Blad1' });
    expect(source.notes).toEqual(['De optie --sheet is genegeerd: sheet.csv is een CSV-bestand, en dat heeft geen werkbladen.']);
    setMessageLang('en');
    try {
      expect((await openTable(path, { sheet: 'Blad1' })).notes.join(' ')).toContain('sheet option is ignored');
    } finally {
      setMessageLang('nl');
    }
  });

  it('refuses a PDF in the reader’s language, naming the file, what it is and what to do', async () => {
    const path = join(dir, 'export.csv');
    await writeFile(path, '%PDF-1.7\n1 0 obj\n');
    const error = (await openTable(path).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(renderText(error.text, 'nl')).toBe(`${path} kan niet gelezen worden: het is een PDF-document.`);
    expect(error.hint).toBe('Exporteer de medewerkersgegevens uit het HR-systeem als .xlsx of CSV.');
    expect(renderText(error.text, 'en')).toBe(`${path} cannot be read: it is a PDF document.`);
    expect(renderText(error.hintText!, 'en')).toBe('Export the employee data from the HR system as .xlsx or CSV.');
  });
});
