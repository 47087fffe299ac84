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
const { setCliLang } = await import('../../../src/cli/cli-lang.js');

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
    setCliLang('en');
    await expect(interactiveColumnResolver(out, () => {})(unresolved, headers, [])).rejects.toThrow(/no column chosen/);
    setCliLang('nl');
  });
});

describe('sample values beside each header', () => {
  const mapping: ColumnMapping = {
    columns: [
      { kind: 'ignored', index: 0, header: 'Kolom A', reason: 'not recognised' },
      { kind: 'ignored', index: 1, header: 'Afdeling', reason: 'not recognised' },
      { kind: 'personal', index: 2, header: 'Naam', personal: 'name' },
      { kind: 'role', index: 3, header: 'Nr', role: 'employeeId', confidence: 1, by: 'header' },
      { kind: 'ignored', index: 4, header: 'Opmerking', reason: 'not recognised' },
    ],
    roles: { employeeId: 3 },
    unresolved: [{ role: 'homePostcode', problem: 'missing', candidates: [] }],
  };
  // six rows: department OK is shared by five, the rest are one-offs (a name typed in a remark among them)
  const rows = [
    ['3311 AB', 'OK', 'Jan Jansen', '1001', 'Piet de Vries'],
    ['3312CD', 'OK', 'Ans Bakker', '1002', ''],
    ['3318 AT', 'OK', 'Kees Smit', '1003', ''],
    ['3313 EF', 'OK', 'Lotte Mulder', '1004', ''],
    ['3314 GH', 'OK', 'Bram Visser', '1005', ''],
    ['3315 IJ', 'ICT', 'Fleur de Boer', '1006', ''],
  ];

  it('shows what a column holds in Dutch, but never names, personnel numbers or one-off texts', async () => {
    const { select } = await import('@inquirer/prompts');
    answers.push(0, false);
    await interactiveColumnResolver(out, () => {})(mapping, ['Kolom A', 'Afdeling', 'Naam', 'Nr', 'Opmerking'], rows);
    const question = vi.mocked(select).mock.calls.at(-1)![0] as unknown as { message: string; choices: { name: string }[] };
    expect(question.message).toBe('Welke kolom bevat de postcode van het woonadres (of, zonder postcode, de woonplaats)?');
    expect(question.choices.map((c) => c.name)).toEqual(['Kolom A  (3311 AB, 3312CD, 3318 AT)', 'Afdeling  (OK)', 'Nr', 'Opmerking', 'geen van deze']);
    const shown = question.choices.map((c) => c.name).join('\n');
    for (const row of rows) for (const secret of [row[2]!, row[3]!]) expect(shown).not.toContain(secret);
    expect(shown).not.toContain('Piet de Vries');
  });
});
