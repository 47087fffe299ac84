import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePdf } from '../../../../src/adapters/report/pdf/write-pdf.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writePdf', () => {
  it('writes the whole PDF and leaves no temporary file behind', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mobiscan-pdf-'));
    const path = join(dir, 'out', `${sampleModel.fileBase}.pdf`);
    await writePdf(sampleModel, path);
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(await readdir(join(dir, 'out'))).toEqual([`${sampleModel.fileBase}.pdf`]);
  });
});
