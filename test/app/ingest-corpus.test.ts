import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestHrExport } from '../../src/app/ingest-hr-export.js';
import { InputError } from '../../src/core/errors.js';
import { GENERATORS } from '../adapters/read/generate-corpus-input.js';

const CORPUS = new URL('../fixtures/bad/', import.meta.url).pathname;
const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'mobiscan-ingest-corpus-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function inputPath(name: string): Promise<{ path: string; sheet?: string }> {
  const expected = JSON.parse(await readFile(join(CORPUS, name, 'expected.json'), 'utf8')) as { file?: string; generate?: string; options?: { sheet?: string } };
  if (expected.generate) {
    const path = join(scratch, `${name}-${expected.file ?? 'input.csv'}`);
    await GENERATORS[expected.generate]!(path);
    return { path, sheet: expected.options?.sheet };
  }
  if (expected.file) return { path: join(CORPUS, name, expected.file), sheet: expected.options?.sheet };
  const files = (await readdir(join(CORPUS, name))).filter((f) => f !== 'expected.json');
  return { path: join(CORPUS, name, files[0]!), sheet: expected.options?.sheet };
}

describe('the whole reading pipeline on the corpus of bad and odd inputs', () => {
  it.each(cases)('%s either gives employees with counted rejects, or one InputError with a hint', async (name) => {
    const { path, sheet } = await inputPath(name);
    try {
      const summary = await ingestHrExport(path, { sheet });
      expect(summary.rowsUsed).toBeGreaterThan(0);
      expect(summary.rowsRead).toBe(summary.rowsUsed + summary.rowsRejected);
    } catch (error) {
      expect(error, String(error)).toBeInstanceOf(InputError);
      expect((error as InputError).hint).toBeTruthy();
    }
  });
});
