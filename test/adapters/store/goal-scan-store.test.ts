import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import type { Workspace } from '../../../src/adapters/store/workspace.js';
import type { Goal } from '../../../src/core/workspace/types.js';
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

const peak = (over: Partial<Goal> = {}): Goal => ({ companyId: 'asz', kind: 'peak-avoidance', targetPct: 10, baselineYear: null, targetYear: null, basis: 'absolute', ...over });
const co2 = (over: Partial<Goal> = {}): Goal => ({ companyId: null, kind: 'co2-reduction', targetPct: 50, baselineYear: 2016, targetYear: 2030, basis: 'absolute', ...over });

describe('goals', () => {
  it('keeps one goal per kind per company, the alliance included, replacing on set', () => {
    ws.goals.set(peak());
    ws.goals.set(peak({ targetPct: 12 }));
    ws.goals.set(co2());
    ws.goals.set(co2({ targetPct: 55 }));
    expect(ws.goals.list()).toEqual([co2({ targetPct: 55 }), peak({ targetPct: 12 })]);
    expect(ws.goals.list({ companyId: null })).toEqual([co2({ targetPct: 55 })]);
    expect(ws.goals.list({ companyId: 'asz' })).toEqual([peak({ targetPct: 12 })]);
  });

  it('refuses a goal for an unknown company, naming the field', () => {
    expect(() => ws.goals.set(peak({ companyId: 'nope' }))).toThrow("goal company: unknown company 'nope'");
  });

  it('removes a goal', () => {
    ws.goals.set(co2());
    expect(ws.goals.remove(null, 'co2-reduction')).toBe(true);
    expect(ws.goals.list()).toEqual([]);
  });
});

describe('scans', () => {
  const scan = (contentHash: string, exportDate: string) => ({ exportDate, contentHash, employees: 2950, settingsHash: 'set-1', result: { bands: { bike: 812 } } });

  it('saves a scan once per content hash', () => {
    const first = ws.scans.save('asz', scan('abc', '2025-01-31'));
    const again = ws.scans.save('asz', scan('abc', '2025-01-31'));
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(ws.scans.list('asz')).toHaveLength(1);
  });

  it('returns the scan of the newest export as the latest, with its aggregates', () => {
    ws.scans.save('asz', scan('new', '2025-06-30'));
    ws.scans.save('asz', scan('old', '2024-06-30'));
    const latest = ws.scans.latest('asz');
    expect(latest).toMatchObject({ companyId: 'asz', exportDate: '2025-06-30', scannedAt: '2025-03-01T09:30:00.000Z', result: { bands: { bike: 812 } } });
    expect(ws.scans.list('asz').map((s) => s.contentHash)).toEqual(['new', 'old']);
  });

  it('refuses a scan for an unknown company, naming the field', () => {
    expect(() => ws.scans.save('nope', scan('x', '2025-01-01'))).toThrow("scan company: unknown company 'nope'");
  });
});

describe('alliance', () => {
  it('needs a name first, then keeps what is not changed', () => {
    expect(() => ws.alliance.set({})).toThrow('alliance name: is required');
    ws.alliance.set({ name: 'Samen Bereikbaar Drechtsteden' });
    ws.alliance.set({ peakWindows: [{ start: '06:30', end: '09:15' }] });
    expect(ws.alliance.get()).toEqual({ name: 'Samen Bereikbaar Drechtsteden', peakWindows: [{ start: '06:30', end: '09:15' }], settings: {} });
  });
});
