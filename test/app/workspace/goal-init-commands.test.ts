import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { runCompanyAdd } from '../../../src/app/workspace/company-save.js';
import { runGoalList, runGoalSet } from '../../../src/app/workspace/goal-actions.js';
import { runInit } from '../../../src/app/workspace/init-action.js';
import { UsageError } from '../../../src/core/errors.js';
import { fakeContext, scriptedPrompter, tempDir } from './fake-context.js';

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

describe('init', () => {
  it('creates the workspace with the alliance, its peak windows and goals', async () => {
    const dir = join(tempDir(), 'drechtsteden');
    const { ctx, printed } = fakeContext(tempDir());
    await runInit(ctx, dir, { name: 'Samen Bereikbaar Drechtsteden', peak: '06:30-09:15', peakGoal: '10', co2Goal: '50', baselineYear: '2016', targetYear: '2030' });
    expect(printed.text[0]).toContain(`created the workspace of Samen Bereikbaar Drechtsteden in ${dir}`);
    const ws = await openWorkspace(dir);
    expect(ws.alliance.get()?.peakWindows).toEqual([{ start: '06:30', end: '09:15' }]);
    expect(ws.goals.list().map((g) => [g.kind, g.targetPct])).toEqual([['co2-reduction', 50], ['peak-avoidance', 10]]);
    ws.close();
  });

  it('creates nothing when a value is wrong', async () => {
    const dir = join(tempDir(), 'ws');
    await expect(runInit(fakeContext(dir).ctx, dir, { name: 'X', peak: '09:00-07:00' })).rejects.toThrow("peak window: '09:00-07:00' ends before it starts");
    await expect(runInit(fakeContext(dir).ctx, dir, { name: 'X', co2Goal: '50', baselineYear: '2030', targetYear: '2016' })).rejects.toThrow(
      'goal target-year: 2016 is not after the baseline year 2030',
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('needs --name without a terminal, and asks for it on one', async () => {
    const dir = tempDir();
    await expect(runInit(fakeContext(dir).ctx, undefined, {})).rejects.toThrow(UsageError);
    await runInit(fakeContext(dir, { prompter: scriptedPrompter(['Goedopweg', '07:00-09:00', '', '']) }).ctx, undefined, {});
    const ws = await openWorkspace(dir);
    expect(ws.alliance.get()).toMatchObject({ name: 'Goedopweg', peakWindows: [{ start: '07:00', end: '09:00' }] });
    ws.close();
  });

  it('run again, changes only what is given and keeps the companies', async () => {
    const dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Old name' });
    await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz', name: 'ASz' });
    await runInit(fakeContext(dir).ctx, undefined, { name: 'New name' });
    const ws = await openWorkspace(dir);
    expect(ws.alliance.get()?.name).toBe('New name');
    expect(ws.companies.list()).toHaveLength(1);
    ws.close();
  });
});

describe('goal set and list', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir();
    await runInit(fakeContext(dir).ctx, undefined, { name: 'Drechtsteden' });
    await runCompanyAdd(fakeContext(dir).ctx, { id: 'asz', name: 'ASz' });
  });

  it('sets goals for a company and the alliance and lists the alliance first', async () => {
    await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'peak-avoidance', targetPct: '10', basis: 'per-employee' });
    await runGoalSet(fakeContext(dir).ctx, { alliance: true, kind: 'co2-reduction', targetPct: '50', baselineYear: '2016', targetYear: '2030' });
    const { ctx, printed } = fakeContext(dir);
    await runGoalList(ctx, {});
    expect(printed.text[0]).toBe('alliance: -50% CO2 by 2030 against 2016\nasz: 10% of peak car trips avoided (per-employee)');
  });

  it('names the field of a bad value', async () => {
    const set = (flags: Parameters<typeof runGoalSet>[1]) => runGoalSet(fakeContext(dir).ctx, flags);
    await expect(set({ company: 'asz', kind: 'peak-avoidance', targetPct: '150' })).rejects.toThrow('goal target-pct: 150 is more than 100');
    await expect(set({ company: 'nope', kind: 'peak-avoidance', targetPct: '10' })).rejects.toThrow("goal company: unknown company 'nope'");
    await expect(set({ company: 'asz', kind: 'co2-reduction', targetPct: '50', baselineYear: '2030', targetYear: '2020' })).rejects.toThrow(
      'goal target-year: 2020 is not after the baseline year 2030',
    );
    await expect(set({ company: 'asz', targetPct: '10' })).rejects.toThrow('missing --kind');
    await expect(set({ kind: 'peak-avoidance', targetPct: '10' })).rejects.toThrow('pass either --company ID or --alliance');
  });

  it('asks on a terminal for kind, percentage and years', async () => {
    const prompter = scriptedPrompter(['co2-reduction', '40', '2019', '2030']);
    await runGoalSet(fakeContext(dir, { prompter }).ctx, { company: 'asz' });
    const { ctx, printed } = fakeContext(dir, { json: true });
    await runGoalList(ctx, { company: 'asz' });
    expect(printed.results[0]).toEqual({ goals: [{ companyId: 'asz', kind: 'co2-reduction', targetPct: 40, baselineYear: 2019, targetYear: 2030, basis: 'absolute' }] });
  });
});
