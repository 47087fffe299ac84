import type { Cell, Section, Table } from '../report-model.js';
import { tableSection } from '../table-section.js';
import { type AllianceDisclosure, hasFigures, MIN_GROUP } from './alliance-disclosure.js';
import type { AllianceReportInput } from './alliance-input.js';
import type { AllianceText } from './alliance-messages.js';
import { MIN_SERIES_MEMBERS } from './alliance-trend.js';

/** How many members have each kind of figure: what the alliance's numbers rest on. */
export function coverageSection(d: AllianceDisclosure, input: AllianceReportInput, t: AllianceText): Section {
  const all = [...d.named, ...d.others];
  const base = input.co2Goal?.baselineYear;
  const rows: Cell[][] = [
    [t('coverageMembers'), all.length],
    [t('coverageShared'), d.named.length],
    [t('coverageScan'), all.filter((m) => m.scan !== null).length],
    [t('coveragePeak'), all.filter((m) => hasFigures(m, 'peak')).length],
    [t('coverageCo2'), all.filter((m) => hasFigures(m, 'co2')).length],
    ...(base === undefined ? [] : [[t('coverageCo2Base', { base: String(base) }), all.filter((m) => m.co2.years.some((y) => y.year === base)).length]]),
  ];
  return tableSection('coverage', t('coverageTitle'), [t('coverageIntro')], {
    columns: [
      { key: 'what', label: t('colWhat'), format: 'text', width: 44 },
      { key: 'members', label: t('colMembers'), format: 'int' },
    ],
    rows,
  });
}

/** The settings behind the alliance report, each with its source. */
export function allianceSettingsTable(input: AllianceReportInput, title: string, t: AllianceText): Table {
  const rows: Cell[][] = [
    [t('settingMinGroup'), t('settingMinGroupValue', { n: MIN_GROUP }), t('settingMinGroupSource')],
    [t('settingMinSeries'), t('settingMinGroupValue', { n: MIN_SERIES_MEMBERS }), t('settingMinSeriesSource')],
    [t('settingThreshold'), t('settingThresholdValue', { n: input.suppressionThreshold }), t('settingThresholdSource')],
    ...(input.alliance.peakWindows ? [[t('settingPeakWindows'), input.alliance.peakWindows, t('settingPeakWindowsSource')]] : []),
  ];
  return {
    id: 'settings',
    title,
    columns: [
      { key: 'setting', label: t('colSetting'), format: 'text', width: 40 },
      { key: 'value', label: t('colValue'), format: 'text', width: 24 },
      { key: 'source', label: t('colSource'), format: 'text', width: 60 },
    ],
    rows,
  };
}
