import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import type { Workspace } from '../../../src/adapters/store/workspace.js';
import { InputError } from '../../../src/core/errors.js';
import { hospital, tempDir } from './helpers.js';

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

let ws: Workspace;
beforeEach(async () => {
  ws = await openWorkspace(tempDir(), { create: true });
  return () => ws.close();
});

describe('companies', () => {
  it('keeps a company with its locations in the order given, each with a key', () => {
    ws.companies.add(hospital());
    const stored = ws.companies.get('asz');
    expect(stored?.name).toBe('Albert Schweitzer ziekenhuis');
    expect(stored?.sharesWithAlliance).toBe(true);
    expect(stored?.locations.map((l) => [l.key, l.postcode])).toEqual([['dordwijk', '3318AT'], ['zwijndrecht', '3331']]);
  });

  it('refuses a second company with the same id, naming the field', () => {
    ws.companies.add(hospital());
    expect(() => ws.companies.add(hospital({ name: 'Other' }))).toThrow("company id: 'asz' already exists");
  });

  it('names the field when a company is unknown', () => {
    expect(() => ws.companies.require('nope')).toThrow(InputError);
    expect(() => ws.companies.update('nope', { name: 'x' })).toThrow("company: unknown company 'nope'");
  });

  it('updates only the fields given and replaces locations only when given', () => {
    ws.companies.add(hospital());
    ws.companies.update('asz', { headcount: 3100 });
    expect(ws.companies.get('asz')?.locations).toHaveLength(2);
    ws.companies.update('asz', { locations: [{ name: 'Dordwijk', address: null, postcode: '3318', lat: null, lon: null }] });
    const after = ws.companies.get('asz');
    expect(after?.headcount).toBe(3100);
    expect(after?.locations.map((l) => l.postcode)).toEqual(['3318']);
  });

  it('removes a company with its locations, goals and scans', () => {
    ws.companies.add(hospital());
    ws.goals.set({ companyId: 'asz', kind: 'peak-avoidance', targetPct: 10, baselineYear: null, targetYear: null, basis: 'absolute' });
    ws.scans.save('asz', { exportDate: '2025-01-31', contentHash: 'h1', employees: 3000, settingsHash: 's', result: {} });
    expect(ws.companies.remove('asz')).toBe(true);
    expect(ws.companies.list()).toEqual([]);
    expect(ws.goals.list()).toEqual([]);
    expect(ws.scans.list('asz')).toEqual([]);
    expect(ws.companies.remove('asz')).toBe(false);
  });

  it('puts a location by name (case and accents ignored) and removes it', () => {
    ws.companies.add(hospital());
    ws.locations.put('asz', { name: 'DORDWIJK', address: null, postcode: '3318AT', lat: 51.8, lon: 4.68 });
    expect(ws.locations.list('asz').map((l) => [l.name, l.lat])).toEqual([['DORDWIJK', 51.8], ['Zwijndrecht', null]]);
    expect(ws.locations.remove('asz', 'zwijndrecht')).toBe(true);
    expect(ws.locations.list('asz')).toHaveLength(1);
  });
});

describe('company import', () => {
  it('adds, then changes nothing when the same companies come again', () => {
    const companies = [hospital(), hospital({ id: 'dordtse-bouw', name: 'Dordtse Bouw', locations: [] })];
    const first = ws.companies.import(companies);
    expect([first.added.length, first.changed.length, first.unchanged.length]).toEqual([2, 0, 0]);
    const second = ws.companies.import(companies);
    expect([second.added.length, second.changed.length, second.unchanged.length]).toEqual([0, 0, 2]);
    expect(ws.companies.list()).toHaveLength(2);
  });

  it('replaces a changed company and leaves companies outside the file alone', () => {
    ws.companies.add(hospital());
    ws.companies.add(hospital({ id: 'other', locations: [] }));
    const plan = ws.companies.import([hospital({ headcount: 2900 })]);
    expect(plan.changed.map((c) => c.id)).toEqual(['asz']);
    expect(ws.companies.get('asz')?.headcount).toBe(2900);
    expect(ws.companies.get('other')).toBeDefined();
  });
});
