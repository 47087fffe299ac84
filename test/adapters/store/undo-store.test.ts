import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/adapters/store/migrations.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import type { Workspace } from '../../../src/adapters/store/workspace.js';
import { typedBaseline } from '../../../src/core/track/peak-avoidances.js';
import { fixedNow, hospital, tempDir } from './helpers.js';

let ws: Workspace;
beforeEach(async () => {
  ws = await openWorkspace(tempDir(), { create: true, now: fixedNow });
  ws.companies.add(hospital());
  ws.companies.add(hospital({ id: 'drecht', name: 'Drechtsteden BV' }));
  return () => ws.close();
});

const day = (date: string, morning: number) => ({ source: 'garage', date, morning, evening: 1 });
const counts = (hash: string, days: ReturnType<typeof day>[]) => ({
  kind: 'counts' as const, source: 'garage', contentHash: hash, fileName: `${hash}.csv`, rowsUsed: days.length, rowsRejected: 0,
  firstDate: days[0]!.date, lastDate: days.at(-1)!.date, counts: days,
});
const regs = (hash: string, rows: Array<{ date: string; count: number }>) => ({
  kind: 'registrations' as const, source: 'app', contentHash: hash, fileName: `${hash}.csv`, rowsUsed: rows.length, rowsRejected: 0,
  firstDate: rows[0]!.date, lastDate: rows.at(-1)!.date, registrations: rows,
});
const scan = (contentHash: string, employees = 2950) => ({ exportDate: '2026-01-31', contentHash, employees, settingsHash: 's', result: { employees } });

describe('removing a tracking import', () => {
  it('removes exactly the days it brought in and leaves other imports alone', () => {
    const march = ws.tracking.saveImport('asz', counts('march', [day('2026-03-02', 10), day('2026-03-03', 11)])).record!;
    ws.tracking.saveImport('asz', counts('april', [day('2026-04-01', 12)]));
    const removal = ws.tracking.removeImport('asz', march.id)!;
    expect(removal.daysRemoved).toBe(2);
    expect(removal.toReimport).toEqual([]);
    expect(ws.tracking.dailyCounts('asz').map((c) => c.date)).toEqual(['2026-04-01']);
    expect(ws.tracking.imports('asz').map((i) => i.contentHash)).toEqual(['april']);
  });

  it('refuses an import of another company and changes nothing', () => {
    const march = ws.tracking.saveImport('asz', counts('march', [day('2026-03-02', 10)])).record!;
    expect(ws.tracking.removeImport('drecht', march.id)).toBeUndefined();
    expect(ws.tracking.dailyCounts('asz')).toHaveLength(1);
  });

  it('marks an earlier file whose days it had replaced, and importing that file again restores them without touching newer days', () => {
    const first = counts('first', [day('2026-03-02', 10), day('2026-03-03', 11), day('2026-03-04', 12)]);
    ws.tracking.saveImport('asz', first);
    const wrong = ws.tracking.saveImport('asz', counts('wrong', [day('2026-03-03', 99)]), 'replace').record!;
    ws.tracking.saveImport('asz', counts('later', [day('2026-03-04', 50)]), 'replace');
    const removal = ws.tracking.removeImport('asz', wrong.id)!;
    expect(removal.toReimport.map((i) => i.contentHash)).toEqual(['first']);
    expect(ws.tracking.findImport('asz', 'counts', 'garage', 'first')?.needsReimport).toBe(true);
    expect(ws.tracking.dailyCounts('asz').map((c) => [c.date, c.morning])).toEqual([['2026-03-02', 10], ['2026-03-04', 50]]);

    ws.tracking.saveImport('asz', first);
    expect(ws.tracking.dailyCounts('asz').map((c) => [c.date, c.morning])).toEqual([['2026-03-02', 10], ['2026-03-03', 11], ['2026-03-04', 50]]);
    const again = ws.tracking.findImport('asz', 'counts', 'garage', 'first')!;
    expect(again.needsReimport).toBe(false);
    expect(ws.tracking.imports('asz').filter((i) => i.contentHash === 'first')).toHaveLength(1);
  });

  it('removes registrations by the import they came from', () => {
    ws.tracking.saveImport('asz', regs('jan', [{ date: '2026-01-05', count: 3 }, { date: '2026-01-05', count: 2 }]));
    const feb = ws.tracking.saveImport('asz', regs('feb', [{ date: '2026-02-02', count: 4 }])).record!;
    expect(ws.tracking.removeImport('asz', feb.id)!.daysRemoved).toBe(1);
    expect(ws.tracking.registrations('asz')).toEqual([{ source: 'app', date: '2026-01-05', count: 5 }]);
  });
});

describe('removing and replacing scans, measures and baselines', () => {
  it('replaces the scan of the same export when asked, in place of keeping the first', () => {
    const broken = ws.scans.save('asz', scan('same', 0));
    expect(ws.scans.save('asz', scan('same', 2950))).toEqual({ id: broken.id, created: false });
    const fixed = ws.scans.save('asz', scan('same', 2950), { replace: true });
    expect(fixed).toMatchObject({ created: true, replaced: broken.id });
    expect(ws.scans.list('asz').map((s) => s.employees)).toEqual([2950]);
  });

  it('removes one scan of its own company only', () => {
    const { id } = ws.scans.save('asz', scan('a'));
    ws.scans.save('asz', scan('b'));
    expect(ws.scans.remove('drecht', id)).toBeUndefined();
    expect(ws.scans.remove('asz', id)?.contentHash).toBe('a');
    expect(ws.scans.list('asz').map((s) => s.contentHash)).toEqual(['b']);
    expect(ws.scans.get('asz', id)).toBeUndefined();
  });

  it('removes a measure by id and a baseline', () => {
    const { record } = ws.measures.add({ companyId: 'asz', measure: 'ebike-trial-pool', startDate: '2026-04-01', note: null });
    expect(ws.measures.remove('drecht', record.id)).toBeUndefined();
    expect(ws.measures.remove('asz', record.id)?.measure).toBe('ebike-trial-pool');
    expect(ws.measures.list('asz')).toEqual([]);
    ws.tracking.setBaseline('asz', typedBaseline(100, 80), { headcount: null });
    expect(ws.tracking.removeBaseline('asz')).toBe(true);
    expect(ws.tracking.baseline('asz')).toBeUndefined();
    expect(ws.tracking.removeBaseline('asz')).toBe(false);
  });
});

describe('migration 3', () => {
  it('gives the days of an existing workspace to the newest import that covers them', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'mobiscan.db'));
    old.exec(MIGRATIONS[0]!);
    old.exec(MIGRATIONS[1]!);
    old.pragma('user_version = 2');
    old.exec(`INSERT INTO companies (id, name) VALUES ('asz', 'ASz');
      INSERT INTO track_imports (id, company_id, kind, source, content_hash, file_name, imported_at, rows_used, rows_rejected, first_date, last_date)
      VALUES (1, 'asz', 'counts', 'garage', 'a', 'a.csv', 'x', 2, 0, '2026-03-02', '2026-03-03'),
             (2, 'asz', 'counts', 'garage', 'b', 'b.csv', 'x', 1, 0, '2026-03-03', '2026-03-03');
      INSERT INTO daily_counts (company_id, source, date, morning, evening) VALUES ('asz', 'garage', '2026-03-02', 1, 1), ('asz', 'garage', '2026-03-03', 2, 2);`);
    old.close();
    const upgraded = await openWorkspace(dir, { now: fixedNow });
    expect(upgraded.tracking.removeImport('asz', 2)).toMatchObject({ daysRemoved: 1 });
    expect(upgraded.tracking.dailyCounts('asz').map((c) => c.date)).toEqual(['2026-03-02']);
    upgraded.close();
  });
});
