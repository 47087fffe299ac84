import { describe, expect, it } from 'vitest';
import { computeCampaignResults, type CampaignMemberInput } from '../../../src/core/campaign/campaign-results.js';
import { parseCampaignRegistrations } from '../../../src/core/campaign/parse-campaign-registrations.js';
import { findRegistrationColumns } from '../../../src/core/campaign/registration-columns.js';
import type { Campaign, CampaignRegistration } from '../../../src/core/campaign/types.js';
import { validateCampaign } from '../../../src/core/campaign/validate-campaign.js';
import { DEFAULT_PEAK_WINDOWS } from '../../../src/core/track/peak-windows.js';

// Mobility week Monday 14 to Friday 18 September 2026: five working days.
const week: Campaign = { id: 'week', name: 'Mobiliteitsweek', period: { from: '2026-09-14', to: '2026-09-18' }, companyIds: null };
const member = (id: string, carWtw: number, carTtw: number, shares = true, participants: number | null = 2): CampaignMemberInput => ({
  id,
  name: id.toUpperCase(),
  sharesWithAlliance: shares,
  carGPerKm: { wtw: carWtw, ttw: carTtw },
  participants,
  counts: null,
});
const reg = (companyId: string, date: string, trips: number, km: number | null, modeInstead: string | null, peak: boolean | null): CampaignRegistration => ({
  companyId,
  date,
  trips,
  km,
  modeInstead,
  peak,
});
// bike 0 g/km; train 19 WTW / 0 TTW; anything else 0
const modes = (mode: string | null) => (mode === 'trein' ? { wtw: 19, ttw: 0 } : { wtw: 0, ttw: 0 });

describe('campaign results', () => {
  it('reproduces a hand-computed campaign of two members, per member and for the alliance', () => {
    const result = computeCampaignResults({
      campaign: week,
      members: [member('a', 200, 160), member('b', 100, 80)],
      registrations: [
        reg('a', '2026-09-14', 2, 30, 'fiets', true), // 30 km x 200 g = 6,0 kg WTW; 30 x 160 = 4,8 kg TTW
        reg('a', '2026-09-15', 1, 40, 'trein', false), // 40 x (200 - 19) = 7,24 kg; 40 x 160 = 6,4 kg
        reg('b', '2026-09-16', 4, 50, 'fiets', true), // 50 x 100 = 5,0 kg; 50 x 80 = 4,0 kg
        reg('b', '2026-09-17', 1, null, null, true), // no km: a trip, but no km or CO2
      ],
      modeGPerKm: modes,
      workingDays: 5,
    });
    const [a, b] = result.members;
    expect(a).toMatchObject({ registrations: 2, trips: 3, km: 70, peakTrips: 2, tripsWithoutKm: 0 });
    expect(a!.co2KgWtw).toBeCloseTo(13.24, 6);
    expect(a!.co2KgTtw).toBeCloseTo(11.2, 6);
    expect(a!.peakTripsPerWorkingDay).toBeCloseTo(0.4, 6);
    expect(b).toMatchObject({ registrations: 2, trips: 5, km: 50, peakTrips: 5, tripsWithoutKm: 1 });
    expect(b!.co2KgWtw).toBeCloseTo(5, 6);
    expect(result.alliance.total).toMatchObject({ members: 2, registrations: 4, trips: 8, km: 120, peakTrips: 7, participants: 4 });
    expect(result.alliance.total.co2KgWtw).toBeCloseTo(18.24, 6);
    expect(result.alliance.total.peakTripsPerWorkingDay).toBeCloseTo(1.4, 6);
  });

  it('counts a registration outside the period apart, never in the campaign figures', () => {
    const result = computeCampaignResults({
      campaign: week,
      members: [member('a', 200, 160)],
      registrations: [reg('a', '2026-09-14', 1, 10, 'fiets', true), reg('a', '2026-09-21', 3, 30, 'fiets', true)],
      modeGPerKm: modes,
      workingDays: 5,
    });
    expect(result.members[0]).toMatchObject({ trips: 1, km: 10, outside: { registrations: 1, trips: 3, km: 30 } });
  });

  it('keeps members who do not share out of sight: left out of the total when 1 or 2, grouped when 3 or more', () => {
    const regs = ['a', 'x', 'y', 'z'].map((id) => reg(id, '2026-09-14', 1, 10, 'fiets', true));
    const two = computeCampaignResults({
      campaign: week,
      members: [member('a', 200, 160), member('x', 200, 160, false), member('y', 200, 160, false)],
      registrations: regs,
      modeGPerKm: modes,
      workingDays: 5,
    });
    expect(two.alliance.named.map((m) => m.id)).toEqual(['a']);
    expect(two.alliance.others).toBeNull();
    expect(two.alliance.leftOut).toBe(2);
    // the total is the named members' own: nothing about x or y follows by subtraction
    expect(two.alliance.total.trips).toBe(two.alliance.named[0]!.trips);
    const three = computeCampaignResults({
      campaign: week,
      members: [member('a', 200, 160), member('x', 200, 160, false), member('y', 200, 160, false), member('z', 200, 160, false)],
      registrations: regs,
      modeGPerKm: modes,
      workingDays: 5,
    });
    expect(three.alliance.others).toMatchObject({ members: 3, trips: 3 });
    expect(three.alliance.total.trips).toBe(4);
  });
});

describe('reading registrations', () => {
  const headers = ['Datum', 'Deelnemer', 'Personeelsnummer', 'Aantal', 'Km', 'Vervoerwijze', 'Vertrektijd'];
  const ctx = (commuteKm?: (p: string) => number | undefined) => ({
    columns: findRegistrationColumns(headers),
    headers,
    lang: 'nl' as const,
    peakWindows: DEFAULT_PEAK_WINDOWS,
    resolveCompany: (v: string) => ({ a: 'a', 'bedrijf a': 'a', b: 'b' })[v.toLowerCase()],
    takesPart: (id: string) => id === 'a',
    ...(commuteKm && { commuteKm }),
  });

  it('reads trips, km, mode and peak by time, counts participants without keeping them, and looks up km by personnel number', () => {
    const parsed = parseCampaignRegistrations(
      [
        ['16-09-2026', 'Bedrijf A', 'P1', '2', '24,5', 'fiets', '07:45'],
        ['2026-09-16', 'a', 'P2', '', '', 'OV', '10:00'],
        ['17-09-2026', 'a', 'P1', '1', '', 'e-bike', ''],
      ],
      ctx((p) => (p === 'P2' ? 12 : undefined)),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.registrations).toEqual([
      { companyId: 'a', date: '2026-09-16', trips: 2, km: 24.5, modeInstead: 'fiets', peak: true },
      { companyId: 'a', date: '2026-09-16', trips: 1, km: 12, modeInstead: 'ov', peak: false },
      { companyId: 'a', date: '2026-09-17', trips: 1, km: null, modeInstead: 'e-bike', peak: null },
    ]);
    expect(parsed.participants.get('a')).toBe(2);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['no-km']);
    expect(JSON.stringify(parsed)).not.toContain('P1');
  });

  it('refuses rows of unknown members or members outside the campaign, with row and column, and goes on', () => {
    const parsed = parseCampaignRegistrations(
      [
        ['16-09-2026', 'b', '', '1', '5', '', ''],
        ['16-09-2026', 'onbekend bv', '', '1', '5', '', ''],
        ['31-02-2026', 'a', '', '1', '5', '', ''],
        ['16-09-2026', 'a', '', '1', '5', '', ''],
      ],
      ctx(),
    );
    expect(parsed.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'not-in-campaign'],
      [3, 'unknown-company'],
      [4, 'invalid-date'],
    ]);
    expect(parsed.registrations).toHaveLength(1);
  });
});

describe('a campaign as a user enters it', () => {
  it('takes Dutch dates and member ids, and names the wrong field', () => {
    const known = new Set(['a', 'b']);
    expect(validateCampaign({ id: 'Week-2026', name: ' Week ', from: '14-09-2026', to: '18-09-2026', companyIds: ['b', 'a'] }, known)).toEqual({
      id: 'week-2026',
      name: 'Week',
      period: { from: '2026-09-14', to: '2026-09-18' },
      companyIds: ['a', 'b'],
    });
    expect(() => validateCampaign({ id: 'w', name: 'W', from: '18-09-2026', to: '14-09-2026' }, known)).toThrow(/vóór de begindatum/);
    expect(() => validateCampaign({ id: 'w', name: 'W', from: '14-09-2026', to: '18-09-2026', companyIds: ['q'] }, known)).toThrow(/onbekende deelnemer/);
  });
});
