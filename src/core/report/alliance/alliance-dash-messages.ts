/**
 * Why a cell of an alliance table shows '–', in Dutch and English: each table's note names the
 * reasons that occur in it (dash-note.ts), so no dash stands unexplained.
 */
import { defineMessages, translator } from '../../i18n/index.js';
import type { Lang } from '../report-model.js';

const nl = {
  means: 'Waar een cijfer ontbreekt (–): {reasons}.',
  noBaseline: 'nog geen nulmeting van de spitsritten',
  noPeriod: 'nog geen volledige meetperiode na de nulmeting (een voorlopige meting telt in deze tabel niet mee)',
  noPeriodYet: 'nog geen meetperiode na de nulmeting',
  noSize: 'aantal medewerkers onbekend',
  noCo2: 'geen CO2-cijfers',
  noScan: 'geen scan met woonplaatsen',
  noGoal: 'geen doel gesteld',
  noCo2Base: 'geen CO2-cijfers over het basisjaar en een later jaar',
  closed: 'bij de overige deelnemers en het totaal niet getoond, omdat het de cijfers van wie niet deelt zou verraden',
  incomplete: 'niet voor elke deelnemer in de rij bekend, dus geen cijfer voor de rij',
  noQuarterBefore: 'geen volledig gemeten kwartaal vóór de start',
  noQuarterAfter: 'nog geen volledig gemeten kwartaal na de start',
  noDifference: 'zonder beide kwartalen geen verschil',
};

const en: typeof nl = {
  means: 'Where a figure is missing (–): {reasons}.',
  noBaseline: 'no baseline of peak trips yet',
  noPeriod: 'no complete measurement period after the baseline yet (a provisional one does not count in this table)',
  noPeriodYet: 'no measurement period after the baseline yet',
  noSize: 'number of employees unknown',
  noCo2: 'no CO2 figures',
  noScan: 'no scan with home locations',
  noGoal: 'no goal set',
  noCo2Base: 'no CO2 figures for the base year and a later year',
  closed: 'not shown for the other members and the total, as it would give away the figures of those that do not share',
  incomplete: 'not known for every member in the row, so no figure for the row',
  noQuarterBefore: 'no completely measured quarter before the start',
  noQuarterAfter: 'no completely measured quarter after the start yet',
  noDifference: 'without both quarters no difference',
};

/** The reasons a cell of an alliance table shows '–'. */
export const allianceDashMessages = defineMessages('alliance-dash', { nl, en });

export type AllianceDashText = (key: keyof typeof nl, values?: Record<string, string | number>) => string;

/** The dash reasons in one language. */
export function allianceDashText(lang: Lang): AllianceDashText {
  return translator(allianceDashMessages, lang);
}
