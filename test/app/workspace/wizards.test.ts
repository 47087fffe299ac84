import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { runCompanyAdd, runCompanyEdit } from '../../../src/app/workspace/company-save.js';
import { runGoalSet } from '../../../src/app/workspace/goal-actions.js';
import { runInit } from '../../../src/app/workspace/init-action.js';
import { dordrechtLocator, fakeContext, scriptedPrompter, tempDir } from './fake-context.js';

async function inWorkspace<T>(dir: string, read: (ws: Awaited<ReturnType<typeof openWorkspace>>) => T): Promise<T> {
  const ws = await openWorkspace(dir);
  try {
    return read(ws);
  } finally {
    ws.close();
  }
}

describe('the init wizard checks each answer as it is typed', () => {
  it('asks again after "veel", "16" and a target year before the baseline, keeps the earlier answers, and accepts 10%', async () => {
    const dir = join(tempDir(), 'ws');
    const prompter = scriptedPrompter(['Goedopweg', '07:00-09:00', '10%', 'veel', '50', '16', '2016', '2010', '2030']);
    await runInit(fakeContext(tempDir(), { prompter }).ctx, dir, {});
    expect(prompter.refused.map((r) => [r.answer, r.why])).toEqual([
      ['veel', 'veel is geen percentage; typ bijvoorbeeld 10 of 10%'],
      ['16', '16 is geen jaartal; typ vier cijfers, bijvoorbeeld 2030'],
      ['2010', '2010 ligt niet na het basisjaar 2016'],
    ]);
    expect(prompter.asked[0]).toBe('Naam van de alliantie');
    const { name, goals } = await inWorkspace(dir, (ws) => ({ name: ws.alliance.get()?.name, goals: ws.goals.list() }));
    expect(name).toBe('Goedopweg');
    expect(goals.map((g) => [g.kind, g.targetPct, g.baselineYear, g.targetYear])).toEqual([
      ['co2-reduction', 50, 2016, 2030],
      ['peak-avoidance', 10, null, null],
    ]);
  });

  it('asks in English with --lang en, and leaves optional goals out when left empty', async () => {
    const dir = join(tempDir(), 'ws');
    const prompter = scriptedPrompter(['Goedopweg', '07:00-09:00', '0', '', '']);
    await runInit(fakeContext(tempDir(), { prompter, lang: 'en' }).ctx, dir, {});
    expect(prompter.asked[0]).toBe("The alliance's name");
    expect(prompter.refused.map((r) => r.why)).toEqual(['0 is not between 0 and 100 percent (0 itself does not count)']);
    expect(await inWorkspace(dir, (ws) => ws.goals.list())).toEqual([]);
  });
});

describe('the company wizard reads Dutch numbers and dates', () => {
  it('takes 4.500 as a headcount of 4500 and 11-5-2023 as a date, after refusing 4,5 and 31-02-2023', async () => {
    const dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
    const prompter = scriptedPrompter(['Dordtse Bouw', 'dordtse-bouw', 'bouw', '4,5', '4.500', '31-02-2023', '11-5-2023', false, true, 'Werf', '3311 AB', false]);
    await runCompanyAdd(fakeContext(dir, { prompter, locator: dordrechtLocator }).ctx, {});
    expect(prompter.refused.map((r) => [r.answer, r.why])).toEqual([
      ['4,5', '4,5 is geen heel aantal; typ bijvoorbeeld 4500 of 4.500'],
      ['31-02-2023', '31-02-2023 bestaat niet als datum'],
    ]);
    expect(prompter.asked).toContain('Aantal medewerkers (mag leeg), bijvoorbeeld 4.500');
    const [bouw] = await inWorkspace(dir, (ws) => ws.companies.list());
    expect(bouw).toMatchObject({ id: 'dordtse-bouw', name: 'Dordtse Bouw', sector: 'bouw', headcount: 4500, declarationSigned: '2023-05-11' });
    expect(bouw?.locations.map((l) => [l.name, l.postcode])).toEqual([['Werf', '3311AB']]);
  });

  it('refuses a bad id and a place without a postcode with the validator\'s own words, in Dutch by default and in English with --lang en', async () => {
    for (const [lang, id, place] of [
      [undefined, /^‘Bouw!’ is geen geldige id: gebruik 2 tot 24 kleine letters/, /^locatie Werf: ‘ergens’ bevat geen postcode \(1234 AB\): schrijf NAAM=POSTCODE/],
      ['en', /^'Bouw!' is not a valid id: use 2-24 lower-case letters/, /^location Werf: 'ergens' holds no postcode \(1234 AB\): use NAME=POSTCODE/],
    ] as const) {
      const dir = tempDir();
      await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
      const prompter = scriptedPrompter(['Dordtse Bouw', 'Bouw!', 'bouw', 'bouw', '', '', false, true, 'Werf', 'ergens', '3311 AB', false]);
      await runCompanyAdd(fakeContext(dir, { prompter, locator: dordrechtLocator, ...(lang && { lang }) }).ctx, {});
      expect(prompter.refused.map((r) => r.why)).toEqual([expect.stringMatching(id), expect.stringMatching(place)]);
    }
  });

  it('edits with the current values offered, a date shown the Dutch way', async () => {
    const dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
    await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz', name: 'ASz', headcount: '3000', signed: '2023-05-11' });
    const defaults: Array<string | undefined> = [];
    const prompter = scriptedPrompter(['ASz', 'zorg', '3.100', '11-05-2023', false, false]);
    const input = prompter.input.bind(prompter);
    prompter.input = async (q) => (defaults.push(q.default), input(q));
    await runCompanyEdit(fakeContext(dir, { prompter }).ctx, 'asz', {});
    expect(defaults).toEqual(['ASz', '', '3000', '11-05-2023']);
    const [asz] = await inWorkspace(dir, (ws) => ws.companies.list());
    expect(asz).toMatchObject({ sector: 'zorg', headcount: 3100, declarationSigned: '2023-05-11' });
  });

  it('reads --headcount 4.500 from a flag as 4500 too', async () => {
    const dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
    await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz', name: 'ASz', headcount: '4.500', signed: '11-5-2023' });
    const [asz] = await inWorkspace(dir, (ws) => ws.companies.list());
    expect(asz).toMatchObject({ headcount: 4500, declarationSigned: '2023-05-11' });
    await expect(runCompanyAdd(fakeContext(dir).ctx, { id: 'x2', name: 'X', headcount: '4,5' })).rejects.toThrow(/headcount/);
  });
});

describe('the goal wizard', () => {
  it('asks again after 150% and a target year before the baseline year', async () => {
    const dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
    await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz', name: 'ASz' });
    const prompter = scriptedPrompter(['peak-avoidance', '150%', '12,5%', '2025', '2024', '2027', 'per-employee']);
    await runGoalSet(fakeContext(dir, { prompter }).ctx, { company: 'asz' });
    expect(prompter.refused.map((r) => r.answer)).toEqual(['150%', '2024']);
    const [goal] = await inWorkspace(dir, (ws) => ws.goals.list({ companyId: 'asz' }));
    expect(goal).toMatchObject({ kind: 'peak-avoidance', targetPct: 12.5, baselineYear: 2025, targetYear: 2027, basis: 'per-employee' });
  });
});
