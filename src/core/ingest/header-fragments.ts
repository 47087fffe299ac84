import type { ColumnRole, PersonalKind } from './types.js';

/** What a header fragment says about its column. */
export type HeaderTarget =
  | { kind: 'role'; role: ColumnRole }
  | { kind: 'personal'; personal: PersonalKind }
  | { kind: 'skip'; reason: string };

/** A header that contains one of `fragments` (and one of `requires`, and none of `unless`). */
export interface HeaderFragmentRule {
  target: HeaderTarget;
  fragments: readonly string[];
  requires?: readonly string[];
  unless?: readonly string[];
}

const role = (r: ColumnRole): HeaderTarget => ({ kind: 'role', role: r });
const personal = (p: PersonalKind): HeaderTarget => ({ kind: 'personal', personal: p });

// Words that put a postcode or place at work rather than at home ("Postcode vestiging",
// "Werkplaats"). Bare "werk" is not one: it hides in "medewerker" and "woon-werk".
const AT_WORK = ['vestiging', 'werkloc', 'werkplaats', 'werkpostcode', 'postcodewerk', 'plaatswerk', 'werkadres', 'werkplek',
  'werkgever', 'locatie', 'location', 'standplaats', 'kantoor', 'office', 'site', 'employer', 'bedrijf', 'company', 'work', 'arbeit'];
// "...naam" columns that name a thing rather than a person.
const NOT_A_PERSON = ['vestiging', 'locatie', 'afdeling', 'functie', 'rooster', 'dienst', 'bedrijf', 'werkgever', 'organisatie',
  'kostenplaats', 'site', 'location', 'department', 'company', 'shift', 'team', 'project', 'ploeg', 'lease', 'auto', 'car', 'file'];

/**
 * Fragments of longer headers (folded by normaliseKey), tried in this order after the whole-header
 * tables of column-synonyms.ts; the first rule that fits decides (confidence 0.8). The order
 * carries the meaning: identifiers first (a "Telefoon vestiging" is still a phone number),
 * allowance before distance ("km-vergoeding"), home-work days before workdays, work-qualified
 * postcodes before home postcodes, and names last so "Vestigingsnaam" stays a location.
 */
export const HEADER_FRAGMENTS: readonly HeaderFragmentRule[] = [
  { target: personal('email'), fragments: ['email', 'mail'] },
  { target: personal('phone'), fragments: ['telefoon', 'phone', 'mobiel', 'mobile', 'gsm', 'telnr'] },
  { target: personal('bsn'), fragments: ['bsn', 'sofi', 'burgerservice', 'socialsecurity'] },
  { target: personal('iban'), fragments: ['iban', 'rekeningn', 'bankrekening', 'bankaccount'] },
  { target: personal('licencePlate'), fragments: ['kenteken', 'licenceplate', 'licenseplate', 'nummerplaat', 'numberplate'] },
  { target: personal('birthDate'), fragments: ['geboorte', 'birth', 'geburt'] },
  { target: personal('other'), fragments: ['ziek', 'verzuim', 'sick', 'illness', 'geslacht', 'gender', 'nationalit', 'herkomst'] },
  { target: { kind: 'skip', reason: 'a date; not used' }, fragments: ['datum', 'date'] },
  { target: { kind: 'skip', reason: 'leave; not used' }, fragments: ['verlof', 'vakantie', 'leave', 'overuren', 'overtime'] },
  { target: { kind: 'skip', reason: 'parking; not used' }, fragments: ['parkeer', 'parking'] },
  { target: role('allowance'), fragments: ['vergoeding', 'allowance', 'reiskosten', 'compensation'] },
  { target: role('distanceKm'), fragments: ['afstand', 'distance', 'kilometer', 'km', 'entfernung'] },
  { target: role('homeworkDaysPerWeek'), fragments: ['thuiswerk', 'homeoffice', 'wfh', 'workfromhome', 'remote'] },
  { target: role('workdaysPerWeek'), fragments: ['werkdag', 'dagenperweek', 'workday', 'daysperweek', 'workingday', 'dagen'] },
  { target: role('fte'), fragments: ['fte', 'deeltijd', 'parttime', 'percentage', 'procent', 'werktijdfactor', 'omvang'] },
  { target: role('hoursPerWeek'), fragments: ['uren', 'hours', 'arbeidsduur', 'stunden'] },
  { target: role('startTime'), fragments: ['begintijd', 'starttijd', 'aanvang', 'starttime', 'time', 'beginn', 'werktijd', 'start', 'begin'], unless: ['full', 'part'] },
  { target: { kind: 'skip', reason: 'employment type; not used' }, fragments: ['dienstverband', 'dienstjaren', 'indienst', 'uitdienst'] },
  { target: role('shift'), fragments: ['dienst', 'rooster', 'shift', 'ploeg', 'schedule', 'roster'] },
  { target: role('fuel'), fragments: ['brandstof', 'fuel', 'aandrijving', 'kraftstoff'] },
  { target: role('leaseCar'), fragments: ['lease', 'bedrijfsauto', 'companycar', 'autovandezaak', 'dienstwagen'] },
  { target: role('mode'), fragments: ['vervoer', 'modaliteit', 'reiswijze', 'reismiddel', 'transport', 'commute', 'modeof'] },
  { target: role('country'), fragments: ['landcode', 'country', 'woonland', 'land'], unless: ['holland', 'nederland', 'landelijk'] },
  // A postcode glued to a house number pins down one home: personal, never read.
  { target: personal('houseNumber'), fragments: ['postcode', 'postal', 'zip'], requires: ['huisn', 'housen', 'huisletter'] },
  { target: role('workLocation'), fragments: ['postcode', 'postal', 'zip', 'plz', 'plaats', 'city', 'place', 'pc4', 'pc6'], requires: AT_WORK },
  { target: role('homePostcode'), fragments: ['postcode', 'postal', 'zip', 'plz', 'pc4', 'pc6', 'postleitzahl'] },
  { target: role('homePlace'), fragments: ['woonplaats', 'plaats', 'city', 'town', 'residence', 'gemeente', 'wohnort'], unless: ['kostenplaats'] },
  { target: role('workLocation'), fragments: ['vestiging', 'locatie', 'location', 'standplaats', 'kantoor', 'office', 'werkplek', 'workplace', 'site', 'branch'] },
  { target: personal('name'), fragments: ['naam', 'name', 'voorletter', 'tussenvoegsel', 'initial', 'roepnaam'], unless: NOT_A_PERSON },
  { target: personal('street'), fragments: ['straat', 'street', 'adres', 'address', 'strasse'] },
  { target: personal('houseNumber'), fragments: ['huisnummer', 'huisnr', 'housenumber', 'toevoeging', 'huisletter'] },
  { target: personal('other'), fragments: ['leeftijd', 'burgerlijk'] },
  {
    target: role('employeeId'),
    fragments: ['medewerker', 'personeel', 'werknemer', 'employee', 'staff', 'pers'],
    requires: ['nummer', 'nr', 'id', 'code', 'no', 'number'],
  },
];
