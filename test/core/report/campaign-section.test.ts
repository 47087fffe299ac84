import { describe, expect, it } from 'vitest';
import { computeCampaignResults, type CampaignMemberInput } from '../../../src/core/campaign/campaign-results.js';
import { allianceCampaignSection, memberCampaignSection } from '../../../src/core/report/campaign-section.js';

const member = (id: string, shares: boolean): CampaignMemberInput => ({
  id,
  name: `Lid ${id}`,
  sharesWithAlliance: shares,
  carGPerKm: { wtw: 200, ttw: 160 },
  participants: 3,
  counts: id === 'a' ? { beforePerDay: 100, duringPerDay: 90, daysBefore: 5, daysDuring: 5 } : null,
});
const result = computeCampaignResults({
  campaign: { id: 'w', name: 'Mobiliteitsweek 2026', period: { from: '2026-09-14', to: '2026-09-18' }, companyIds: null },
  members: [member('a', true), member('b', true), member('x', false)],
  registrations: ['a', 'b', 'x'].map((companyId) => ({ companyId, date: '2026-09-15', trips: 2, km: 20, modeInstead: 'fiets', peak: true })),
  modeGPerKm: () => ({ wtw: 0, ttw: 0 }),
  workingDays: 5,
});

describe('the campaign section of the reports', () => {
  it('tells a member in Dutch what its week saved, with the counts of the same week last year and the one-off caveat', () => {
    const section = memberCampaignSection('a', [result], 'nl')!;
    expect(section.title).toBe('Campagnes');
    expect(section.intro[0]).toContain('3 medewerkers registreerden 2 autoritten die niet werden gereden, samen 20 km');
    expect(section.intro[0]).toContain('4 kg CO2');
    expect(section.intro.join(' ')).toContain('dezelfde week van vorig jaar gemiddeld 100 spitsritten per werkdag, tijdens de campagne 90');
    expect(section.intro.at(-1)).toContain('eenmalig');
    // trips per working day are whole in text and counted (decimals only in the workbook)
    expect(section.intro[0]).toContain('Gemiddeld 0 vermeden spitsritten per werkdag');
    expect(section.tables[0]!.columns.at(-1)!.format).toBe('count');
    expect(section.tables[0]!.rows[0]).toEqual(['Mobiliteitsweek 2026', 1, 3, 2, 20, 4, 3.2, 0.4]);
    expect(memberCampaignSection('zzz', [result], 'nl')).toBeNull();
  });

  it('shows the alliance the members who share by name and leaves one who does not out of rows and total', () => {
    const section = allianceCampaignSection([result], 'en')!;
    const table = section.tables[0]!;
    expect(table.rows.map((r) => r[0])).toEqual(['Lid a', 'Lid b']);
    expect(table.totals).toEqual(['Total', 2, 6, 4, 40, 8, 6.4, 0.8]);
    expect(section.intro.join(' ')).toContain('1 member does not share figures');
    expect(JSON.stringify(section)).not.toContain('Lid x');
  });
});
