import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../../src/core/ingest/types.js';
import type { Output } from '../../../src/cli/output.js';

const answers: unknown[] = [];
vi.mock('@inquirer/prompts', () => ({
  select: vi.fn(async () => answers.shift()),
  confirm: vi.fn(async () => answers.shift()),
  input: vi.fn(async () => answers.shift()),
}));
const { interactiveColumnResolver } = await import('../../../src/cli/prompts/resolve-columns.js');

const out: Output = { json: false, quiet: true, isTTY: true, info: () => {}, warn: () => {}, result: () => {} };
const headers = ['Kolom A', 'Afdeling', 'Naam'];
const unresolved: ColumnMapping = {
  columns: [
    { kind: 'ignored', index: 0, header: 'Kolom A', reason: 'not recognised' },
    { kind: 'ignored', index: 1, header: 'Afdeling', reason: 'not recognised' },
    { kind: 'personal', index: 2, header: 'Naam', personal: 'name' },
  ],
  roles: {},
  unresolved: [{ role: 'homePostcode', problem: 'missing', candidates: [] }],
};

describe('asking for the home column on a terminal', () => {
  it('takes a column of place names as the home place and saves the answer as a mapping file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'map-')), 'map.json');
    answers.push(0, true, file);
    const mapping = await interactiveColumnResolver(out, () => {})(unresolved, headers, [['Dordrecht', 'OK', 'x'], ['Zwijndrecht', 'ICT', 'y']]);
    expect(mapping.roles).toEqual({ homePlace: 0 });
    expect(mapping.unresolved).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ roles: { homePlace: 'Kolom A' } });
  });

  it('takes a column of postcodes as the home postcode, never offers a personal column, and saves nothing when declined', async () => {
    const { select } = await import('@inquirer/prompts');
    answers.push(0, false);
    const mapping = await interactiveColumnResolver(out, () => {})(unresolved, headers, [['3311 AB', 'OK', 'x'], ['3312CD', 'ICT', 'y']]);
    expect(mapping.roles).toEqual({ homePostcode: 0 });
    const offered = (vi.mocked(select).mock.calls.at(-1)![0] as unknown as { choices: { name: string }[] }).choices.map((c) => c.name);
    expect(offered).not.toContain('Naam');
    expect(existsSync('columns.json')).toBe(false);
  });

  it('stops with a message naming --columns when the user picks none', async () => {
    answers.push(-1);
    await expect(interactiveColumnResolver(out, () => {})(unresolved, headers, [])).rejects.toThrow(/no column chosen/);
  });
});
