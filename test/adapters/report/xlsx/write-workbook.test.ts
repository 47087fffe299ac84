import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../src/adapters/report/xlsx/write-workbook.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';
import { loadWorkbook } from './load-workbook.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mobiscan-write-workbook-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeWorkbook', () => {
  it('writes a workbook that reads back, leaving no temporary file', async () => {
    const path = join(dir, 'new', 'report.xlsx');
    await writeWorkbook(sampleModel, path);
    expect(await readdir(join(dir, 'new'))).toEqual(['report.xlsx']);
    const workbook = await loadWorkbook(await readFile(path));
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe(sampleModel.title);
  });

  it('replaces an existing file', async () => {
    const path = join(dir, 'existing.xlsx');
    await writeFile(path, 'an old report');
    await writeWorkbook(sampleModel, path);
    const data = await readFile(path);
    expect(data.subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
