import type { CampaignFigures, CampaignResult } from '../campaign/campaign-results.js';
import { translator } from '../i18n/index.js';
import { formatDate } from './format-value.js';
import { reportCampaignMessages } from './report-campaign-messages.js';
import type { Column, Lang, Section, Table } from './report-model.js';

type T = (key: keyof (typeof reportCampaignMessages)['messages']['nl'], values?: Record<string, string | number>) => string;

const columns = (t: T, first: Column[]): Column[] => [
  ...first,
  { key: 'registrations', label: t('colRegistrations'), format: 'int' },
  { key: 'participants', label: t('colParticipants'), format: 'int' },
  { key: 'trips', label: t('colTrips'), format: 'int' },
  { key: 'km', label: t('colKm'), format: 'int', visual: 'dataBar' },
  { key: 'co2Wtw', label: t('colCo2Wtw'), format: 'int' },
  { key: 'co2Ttw', label: t('colCo2Ttw'), format: 'int' },
  { key: 'peak', label: t('colPeak'), format: 'count' },
];

const figures = (f: CampaignFigures) => [f.registrations, f.participants, f.trips, f.km, f.co2KgWtw, f.co2KgTtw, f.peakTripsPerWorkingDay];

/** The member report's campaign section: one paragraph and one row per campaign it took part in. */
export function memberCampaignSection(companyId: string, results: readonly CampaignResult[], lang: Lang): Section | null {
  const t = translator(reportCampaignMessages, lang);
  const mine = results.flatMap((r) => r.members.filter((m) => m.id === companyId && (m.registrations > 0 || m.outside.registrations > 0)).map((m) => ({ r, m })));
  if (mine.length === 0) return null;
  const intro = mine.flatMap(({ r, m }) => [
    t('memberIntro', { name: r.campaign.name, from: formatDate(r.campaign.period.from, lang), to: formatDate(r.campaign.period.to, lang), participants: m.participants ?? -1, trips: m.trips, km: m.km, co2: m.co2KgWtw, ttw: m.co2KgTtw, peak: m.peakTripsPerWorkingDay }),
    ...(m.counts === null ? [] : [t('countsSentence', { before: m.counts.beforePerDay, during: m.counts.duringPerDay })]),
    ...(m.tripsWithoutKm > 0 ? [t('noKm', { n: m.tripsWithoutKm })] : []),
    ...(m.outside.registrations > 0 ? [t('outside', { n: m.outside.registrations })] : []),
  ]);
  intro.push(t('oneOff'));
  const table: Table = {
    id: 'campaigns',
    title: t('title'),
    columns: columns(t, [{ key: 'campaign', label: t('colCampaign'), format: 'text', width: 30 }]),
    rows: mine.map(({ r, m }) => [r.campaign.name, ...figures(m)]),
    note: t('note'),
  };
  return { id: 'campaigns', title: t('title'), intro, tables: [table] };
}

/** The alliance report's campaign section: per campaign the members who share, the others as a group of 3 or more, the total. */
export function allianceCampaignSection(results: readonly CampaignResult[], lang: Lang): Section | null {
  const t = translator(reportCampaignMessages, lang);
  const withData = results.filter((r) => r.alliance.total.registrations > 0 || r.members.some((m) => m.registrations > 0));
  if (withData.length === 0) return null;
  const intro: string[] = [];
  const tables = withData.map((r, i): Table => {
    const a = r.alliance;
    intro.push(t('allianceIntro', { name: r.campaign.name, from: formatDate(r.campaign.period.from, lang), to: formatDate(r.campaign.period.to, lang), days: r.workingDays }));
    if (a.leftOut > 0) intro.push(t('leftOut', { n: a.leftOut }));
    return {
      id: `campaign-${i + 1}`,
      title: r.campaign.name,
      columns: columns(t, [{ key: 'member', label: t('colMember'), format: 'text', width: 30 }]),
      rows: [
        ...a.named.map((m) => [m.name, ...figures(m)]),
        ...(a.others === null ? [] : [[t('othersRow', { n: a.others.members }), ...figures(a.others)]]),
      ],
      totals: [t('totalRow'), ...figures(a.total)],
      note: t('note'),
    };
  });
  intro.push(t('oneOff'));
  return { id: 'campaigns', title: t('title'), intro, tables };
}
