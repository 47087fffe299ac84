import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { MIGRATIONS } from '../../../src/adapters/store/migrations.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import type { Workspace } from '../../../src/adapters/store/workspace.js';
import { typedBaseline } from '../../../src/core/track/peak-avoidances.js';
import { fixedNow, hospital, tempDir } from './helpers.js';

// Written in English: the language layer's Dutch default is tested in cli-language and the *-dutch tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

let ws: Workspace;
beforeEach(async () => {
  ws = await openWorkspace(tempDir(), { create: true, now: fixedNow });
  ws.companies.add(hospital());
  return () => ws.close();
});

const importOf = (source: string, hash: string) => ({ kind: 'counts' as const, source, contentHash: hash, fileName: 'f.csv', rowsUsed: 1, rowsRejected: 0, firstDate: null, lastDate: null });

describe('tracking store', () => {
  it('refuses another count for a date of the same source unless told to replace, and keeps other sources beside it', () => {
    ws.tracking.saveImport('asz', { ...importOf('north', 'h1'), counts: [{ source: 'north', date: '2026-03-03', morning: 5, evening: 4 }] });
    const second = { ...importOf('north', 'h2'), counts: [{ source: 'north', date: '2026-03-03', morning: 6, evening: 4 }] };
    expect(ws.tracking.saveImport('asz', second)).toMatchObject({ refused: true, overlapping: ['2026-03-03'], record: undefined });
    expect(ws.tracking.dailyCounts('asz')).toEqual([{ source: 'north', date: '2026-03-03', morning: 5, evening: 4 }]);
    expect(ws.tracking.saveImport('asz', second, 'replace')).toMatchObject({ refused: false, daysChanged: 1 });
    ws.tracking.saveImport('asz', { ...importOf('south', 'h3'), counts: [{ source: 'south', date: '2026-03-03', morning: 1, evening: 1 }] });
    expect(ws.tracking.dailyCounts('asz')).toEqual([
      { source: 'north', date: '2026-03-03', morning: 6, evening: 4 },
      { source: 'south', date: '2026-03-03', morning: 1, evening: 1 },
    ]);
    expect(ws.tracking.findImport('asz', 'counts', 'north', 'h1')?.importedAt).toBe('2025-03-01T09:30:00.000Z');
    expect(ws.tracking.findImport('asz', 'counts', 'south', 'h1')).toBeUndefined();
  });

  it('keeps one baseline per company, and headcounts and CO2 years by date and year', () => {
    ws.tracking.setBaseline('asz', typedBaseline(1000, 800), { headcount: 3000 });
    ws.tracking.setHeadcount('asz', { fromDate: '2026-01-01', headcount: 3300 });
    ws.tracking.setCo2Year('asz', { year: 2016, co2Kg: 1234.5, basis: 'wtw', km: [{ mode: 'auto', km: 10 }] });
    expect(ws.tracking.baseline('asz')).toMatchObject({ source: 'typed', totalPerDay: 1800, headcount: 3000 });
    expect(ws.tracking.headcounts('asz')).toEqual([{ fromDate: '2026-01-01', headcount: 3300 }]);
    expect(ws.tracking.co2Years('asz')).toEqual([{ year: 2016, co2Kg: 1234.5, basis: 'wtw', km: [{ mode: 'auto', km: 10 }], setAt: '2025-03-01T09:30:00.000Z' }]);
  });

  it('removes the tracking data with its company', () => {
    ws.tracking.saveImport('asz', { ...importOf('north', 'h1'), counts: [{ source: 'north', date: '2026-03-03', morning: 5, evening: 4 }] });
    ws.measures.add({ companyId: 'asz', measure: 'carpool', startDate: '2026-01-01', note: null });
    ws.companies.remove('asz');
    expect(ws.tracking.dailyCounts('asz')).toEqual([]);
    expect(ws.tracking.imports('asz')).toEqual([]);
    expect(ws.measures.list('asz')).toEqual([]);
  });

  it('refuses tracking data for an unknown company, naming the flag', () => {
    expect(() => ws.tracking.setHeadcount('nope', { fromDate: '2026-01-01', headcount: 1 })).toThrow("--company: unknown company 'nope'");
  });
});

describe('migration 2', () => {
  it('adds the tracking tables to a workspace made before them and keeps its companies', async () => {
    const dir = tempDir();
    // a version-1 database as the mobiscan before tracking left it
    const old = new Database(join(dir, 'mobiscan.db'));
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO companies (id, name) VALUES ('asz', 'ASz')").run();
    old.close();
    const upgraded = await openWorkspace(dir, { now: fixedNow });
    expect(upgraded.backup).toBeDefined();
    expect(upgraded.companies.list().map((c) => c.id)).toEqual(['asz']);
    upgraded.close();
    const db = new Database(join(dir, 'mobiscan.db'), { readonly: true });
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((t) => t.name);
    db.close();
    expect(tables).toEqual(expect.arrayContaining(['track_imports', 'track_import_days', 'track_import_registrations', 'peak_baselines', 'headcounts', 'co2_years', 'measures']));
  });
});
