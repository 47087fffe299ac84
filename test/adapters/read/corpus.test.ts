import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openTable } from '../../../src/adapters/read/open-table.js';
import { InputError } from '../../../src/core/errors.js';
import { GENERATORS } from './generate-corpus-input.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

/** What a case in test/fixtures/bad/<case>/expected.json asks of reading its input. */
interface Expected {
  file?: string;
  generate?: string;
  options?: { sheet?: string };
  error?: string;
  rowsBeforeError?: number;
  format?: 'csv' | 'xlsx';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  note?: string;
  rows?: number;
  blankRows?: number;
  columns?: number;
  firstCells?: string[];
  lastCells?: string[];
  rowNumbers?: number[];
  cellsAt?: Record<string, string[]>;
}

const CORPUS = new URL('../../fixtures/bad/', import.meta.url).pathname;
const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mobiscan-read-corpus-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The input path of a case: generated into the scratch folder, or the committed file. */
async function inputPath(name: string, expected: Expected): Promise<string> {
  if (expected.generate) {
    const generate = GENERATORS[expected.generate];
    if (!generate) throw new Error(`unknown generator ${expected.generate}`);
    const path = join(scratch, `${name}-${expected.file ?? 'input.csv'}`);
    await generate(path);
    return path;
  }
  if (expected.file) return join(CORPUS, name, expected.file);
  const files = (await readdir(join(CORPUS, name))).filter((f) => f !== 'expected.json');
  if (files.length !== 1 || !files[0]) throw new Error(`case ${name} needs exactly one input file`);
  return join(CORPUS, name, files[0]);
}

describe('reading the corpus of bad and odd inputs', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s reads as expected.json says, failing only with an InputError', async (name) => {
    const expected = JSON.parse(await readFile(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
    const path = await inputPath(name, expected);
    const rows: { cells: string[]; row: number }[] = [];
    let failure: unknown;
    let source;
    try {
      source = await openTable(path, expected.options);
      for await (const row of source.rows) rows.push(row);
    } catch (error) {
      failure = error;
    }

    if (expected.error !== undefined) {
      expect(failure).toBeInstanceOf(InputError);
      const error = failure as InputError;
      expect(error.message).toContain(expected.error);
      expect(error.message).toContain(path);
      expect(error.hint).toBeTruthy();
      if (expected.rowsBeforeError !== undefined) expect(rows).toHaveLength(expected.rowsBeforeError);
      return;
    }
    if (failure) throw failure;
    if (!source) throw new Error('no source');
    if (expected.format) expect(source.format).toBe(expected.format);
    if (expected.encoding) expect(source.encoding).toBe(expected.encoding);
    if (expected.delimiter) expect(source.delimiter).toBe(expected.delimiter);
    if (expected.sheet) expect(source.sheet).toBe(expected.sheet);
    if (expected.note) expect(source.notes.join('\n')).toContain(expected.note);
    if (expected.rows !== undefined) expect(rows).toHaveLength(expected.rows);
    if (expected.blankRows !== undefined) {
      expect(rows.filter((r) => r.cells.every((c) => c === ''))).toHaveLength(expected.blankRows);
    }
    if (expected.columns !== undefined) expect(Math.max(...rows.map((r) => r.cells.length))).toBe(expected.columns);
    if (expected.firstCells) expect(rows[0]?.cells).toEqual(expected.firstCells);
    if (expected.lastCells) expect(rows.at(-1)?.cells).toEqual(expected.lastCells);
    if (expected.rowNumbers) expect(rows.map((r) => r.row)).toEqual(expected.rowNumbers);
    for (const [index, cells] of Object.entries(expected.cellsAt ?? {})) {
      expect(rows[Number(index)]?.cells, `row index ${index}`).toEqual(cells);
    }
  });
});
