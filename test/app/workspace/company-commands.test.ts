import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { runCompanyAdd, runCompanyEdit } from '../../../src/app/workspace/company-save.js';
import { runCompanyRemove } from '../../../src/app/workspace/company-remove.js';
import { runCompanyExport, runCompanyImport } from '../../../src/app/workspace/company-transfer.js';
import { runCompanyList, runCompanyShow } from '../../../src/app/workspace/company-view.js';
import { runInit } from '../../../src/app/workspace/init-action.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { dordrechtLocator, fakeContext, scriptedPrompter, tempDir } from './fake-context.js';

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

let dir: string;
beforeEach(async () => {
  dir = tempDir();
  await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
});
const stored = async () => {
  const ws = await openWorkspace(dir);
  try {
    return ws.companies.list();
  } finally {
    ws.close();
  }
};
const flags = { id: 'asz', name: 'Albert Schweitzer ziekenhuis', headcount: '3000', location: ['Dordwijk=3318AT', 'Zwijndrecht=51.815,4.633'] };

describe('company add', () => {
  it('takes every field as a flag and finds coordinates for a postcode', async () => {
    const { ctx, printed } = fakeContext(dir, { locator: dordrechtLocator });
    await runCompanyAdd(ctx, { ...flags, sector: 'zorg', signed: '2023-05-11', shares: true });
    expect(printed.text).toEqual(['added asz (Albert Schweitzer ziekenhuis) with 2 locations']);
    const [asz] = await stored();
    expect(asz).toMatchObject({ headcount: 3000, sector: 'zorg', declarationSigned: '2023-05-11', sharesWithAlliance: true });
    expect(asz?.locations.map((l) => [l.name, l.lat, l.lon])).toEqual([['Dordwijk', 51.7955, 4.6761], ['Zwijndrecht', 51.815, 4.633]]);
  });

  it('keeps a location without coordinates when there is no geodata, and says what to do', async () => {
    const { ctx, printed } = fakeContext(dir);
    await runCompanyAdd(ctx, { id: 'asz', name: 'ASz', location: ['Dordwijk=3318AT'] });
    expect(printed.warn).toEqual([expect.stringMatching(/^no coordinates yet for Dordwijk: import geodata/)]);
    expect((await stored())[0]?.locations[0]?.lat).toBeNull();
  });

  it('without a terminal, names the missing flag', async () => {
    const error = await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('missing --name');
  });

  it('names the field of a bad value and saves nothing', async () => {
    await expect(runCompanyAdd(fakeContext(dir).ctx, { ...flags, headcount: '-5' })).rejects.toThrow('company headcount: -5 is not a whole number above 0');
    await expect(runCompanyAdd(fakeContext(dir).ctx, { ...flags, location: ['Dordwijk'] })).rejects.toThrow("location: 'Dordwijk' has no name");
    expect(await stored()).toEqual([]);
  });

  it('asks on a terminal for what the flags leave out', async () => {
    const prompter = scriptedPrompter(['Dordtse Bouw', 'dordtse-bouw', 'bouw', '120', '', false, true, 'Werf', '3311 AB', false]);
    await runCompanyAdd(fakeContext(dir, { prompter, locator: dordrechtLocator }).ctx, {});
    const [bouw] = await stored();
    expect(bouw).toMatchObject({ id: 'dordtse-bouw', name: 'Dordtse Bouw', headcount: 120, declarationSigned: null, sharesWithAlliance: false });
    expect(bouw?.locations).toEqual([{ key: 'werf', name: 'Werf', address: null, postcode: '3311AB', lat: 51.8133, lon: 4.6697 }]);
  });
});

describe('company edit and remove', () => {
  beforeEach(() => runCompanyAdd(fakeContext(dir).ctx, flags));

  it('changes only what the flags say; --location adds or replaces by name', async () => {
    await runCompanyEdit(fakeContext(dir).ctx, 'asz', { headcount: '3100', location: ['Poli=3311AB', 'dordwijk=51.79,4.67'], removeLocation: ['Zwijndrecht'] });
    const [asz] = await stored();
    expect(asz?.headcount).toBe(3100);
    expect(asz?.name).toBe('Albert Schweitzer ziekenhuis');
    expect(asz?.locations.map((l) => [l.name, l.lat])).toEqual([['Poli', null], ['dordwijk', 51.79]]);
  });

  it('refuses an edit with nothing to change, and an unknown company', async () => {
    await expect(runCompanyEdit(fakeContext(dir).ctx, 'asz', {})).rejects.toThrow(UsageError);
    await expect(runCompanyEdit(fakeContext(dir).ctx, 'nope', { headcount: '5' })).rejects.toThrow(InputError);
    await expect(runCompanyEdit(fakeContext(dir).ctx, 'nope', { headcount: '5' })).rejects.toThrow("company: unknown company 'nope'");
  });

  it('removes only after confirmation: --yes, or yes on a terminal', async () => {
    await expect(runCompanyRemove(fakeContext(dir).ctx, 'asz', {})).rejects.toThrow(UsageError);
    expect(await runCompanyRemove(fakeContext(dir, { prompter: scriptedPrompter([false]) }).ctx, 'asz', {})).toBe(1);
    expect(await stored()).toHaveLength(1);
    expect(await runCompanyRemove(fakeContext(dir).ctx, 'asz', { yes: true })).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it('lists and shows companies as JSON', async () => {
    const list = fakeContext(dir, { json: true });
    await runCompanyList(list.ctx, {});
    expect(list.printed.results[0]).toMatchObject({ companies: [{ id: 'asz', locations: [{ key: 'dordwijk' }, { key: 'zwijndrecht' }] }] });
    const show = fakeContext(dir, { json: true });
    await runCompanyShow(show.ctx, 'asz', {});
    expect(show.printed.results[0]).toMatchObject({ company: { id: 'asz' }, goals: [], latestScan: null });
    expect(show.printed.text[0]).toContain('Zwijndrecht: -  51.81500, 4.63300');
  });
});

describe('company import and export', () => {
  const csv = 'id;name;sector;headcount;declaration_signed;shares;location_name;postcode;lat;lon\n' +
    'asz;ASz;zorg;3000;2023-05-11;ja;Dordwijk;3318AT;;\nasz;ASz;zorg;3000;2023-05-11;ja;Zwijndrecht;3331;51,815;4,633\n' +
    'bouw;Dordtse Bouw;bouw;120;;nee;;;;\n';

  it('imports a file, and importing it again changes nothing', async () => {
    const file = join(dir, 'leden.csv');
    await import('node:fs').then((fs) => fs.writeFileSync(file, csv));
    const first = fakeContext(dir, { locator: dordrechtLocator });
    await runCompanyImport(first.ctx, 'leden.csv', {});
    expect(first.printed.text).toEqual(['2 added, 0 changed, 0 unchanged']);
    const again = fakeContext(dir, { locator: dordrechtLocator });
    await runCompanyImport(again.ctx, 'leden.csv', {});
    expect(again.printed.text).toEqual(['0 added, 0 changed, 2 unchanged']);
  });

  it('exports files that import back to the same state', async () => {
    await import('node:fs').then((fs) => fs.writeFileSync(join(dir, 'leden.csv'), csv));
    await runCompanyImport(fakeContext(dir, { locator: dordrechtLocator }).ctx, 'leden.csv', {});
    const before = await stored();
    for (const name of ['export.csv', 'export.yaml']) {
      await runCompanyExport(fakeContext(dir).ctx, name, {});
      const other = tempDir();
      await runInit(fakeContext(other).ctx, undefined, { name: 'Copy' });
      const { ctx, printed } = fakeContext(other);
      await runCompanyImport(ctx, join(dir, name), {});
      expect(printed.text).toEqual(['2 added, 0 changed, 0 unchanged']);
      const ws = await openWorkspace(other);
      expect(ws.companies.list()).toEqual(before);
      ws.close();
      const back = fakeContext(dir);
      await runCompanyImport(back.ctx, name, {});
      expect(back.printed.text).toEqual(['0 added, 0 changed, 2 unchanged']);
    }
    expect(readFileSync(join(dir, 'export.yaml'), 'utf8')).toContain('declaration_signed: 2023-05-11');
  });

  it('reports every bad row with its line and changes nothing', async () => {
    await import('node:fs').then((fs) => fs.writeFileSync(join(dir, 'bad.csv'), 'id;name;headcount\nasz;ASz;3000\nbouw;Bouw;veel\n'));
    await expect(runCompanyImport(fakeContext(dir).ctx, 'bad.csv', {})).rejects.toThrow("line 3: company bouw headcount: 'veel' is not a whole number above 0");
    expect(await stored()).toEqual([]);
  });
});
