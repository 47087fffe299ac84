import { defineMessages } from '../i18n/index.js';

/**
 * The notes and assumptions beside the WPM commuting table, for the terminal, the CSV and the
 * report alike: full sentences for notes, lower-case clauses for assumptions (printed after
 * "aangenomen:"). Numbers travel as values, so no reader has to parse them back out.
 */
export const wpmNoteMessages = defineMessages('wpmNotes', {
  nl: {
    estimate: 'Een schatting van {year} uit de scan (woon-werkafstand maal reisdagen), geen registratie van gereden kilometers.',
    scope: 'Alleen medewerkers met een reiskostenvergoeding, een OV-kaart of een leaseauto tellen mee: {inScope, number} binnen en {outOfScope, number} buiten de rapportage.',
    'out_no-allowance': 'Buiten de rapportage: {n, plural, one {# medewerker} other {# medewerkers}} zonder reiskostenvergoeding of OV-kaart.',
    'out_allowance-unknown': 'Buiten de rapportage: {n, plural, one {# medewerker van wie} other {# medewerkers van wie}} niet bekend is of er een reiskostenvergoeding is.',
    'out_rows-unreadable': 'Buiten de rapportage: {n, plural, one {# regel} other {# regels}} van de HR-export die niet te lezen {n, plural, one {was} other {waren}}.',
    scopeFromExport: 'Binnen de rapportage vallen medewerkers met een km- of OV-vergoeding (of een OV-kaart) en leaseauto-rijders, zoals de HR-export aangeeft.',
    commutingOnly: 'Alleen woon-werkverkeer; zakelijke reizen (kilometers en euro’s) staan hier niet in.',
    rvo: 'RVO berekent de CO2 zelf uit deze kilometers; de CO2 van tank tot wiel hier is ter controle.',
    unassigned: '{km, number} km van medewerkers met een onbekende vervoerwijze hebben geen categorie en zijn weggelaten.',
    noTtwFactor: 'Voor {what} is geen CO2-factor van tank tot wiel bekend: de kilometers staan in de tabel, de CO2 ervan telt niet mee.',
    carpool: 'carpoolkilometers zijn de eigen kilometers van elke medewerker; de CO2 wordt verdeeld over de mensen in de auto',
    motoUnknownFuel: 'motoren, scooters en bromfietsen met een onbekende brandstof tellen als benzine',
    scopeOldScan: 'deze scan is bewaard voordat mobiscan reiskostenvergoedingen vastlegde: elke gescande medewerker telt mee; scan de HR-export opnieuw voor de precieze afbakening',
    scopeEveryone: 'de HR-export heeft geen kolom voor de reiskostenvergoeding: elke gescande medewerker telt mee; controleer dit tegen wie een vergoeding of OV-kaart krijgt',
    otherYear: 'de kilometers komen uit de scan van {date, date, ::ddMMyyyy}; het personeelsbestand van {year} wordt gelijk verondersteld',
  },
  en: {
    estimate: 'An estimate of {year} from the scan (home-work distance times commuting days), not a registration of kilometres travelled.',
    scope: 'Only employees with a travel allowance, a PT pass or a lease car count: {inScope, number} in scope and {outOfScope, number} out.',
    'out_no-allowance': 'Out of scope: {n, plural, one {# employee} other {# employees}} without a travel allowance or PT pass.',
    'out_allowance-unknown': 'Out of scope: {n, plural, one {# employee} other {# employees}} whose travel allowance is not known.',
    'out_rows-unreadable': 'Out of scope: {n, plural, one {# row} other {# rows}} of the HR export that could not be read.',
    scopeFromExport: 'In scope: employees with a km or PT allowance (or a PT pass) and lease-car drivers, as the HR export says.',
    commutingOnly: 'Commuting only; business travel (kilometres and euros) is not covered.',
    rvo: 'RVO computes CO2 itself from these kilometres; the tank-to-wheel CO2 here is for checking.',
    unassigned: '{km, number} km of employees whose mode is unknown have no category and are left out.',
    noTtwFactor: 'No tank-to-wheel CO2 factor is known for {what}: the kilometres are in the table, their CO2 is not counted.',
    carpool: 'carpool kilometres are each employee’s own; the CO2 is shared by the people in the car',
    motoUnknownFuel: 'motorcycles and mopeds of unknown fuel are counted as petrol',
    scopeOldScan: 'this scan was saved before mobiscan recorded travel allowances: every scanned employee counts as in scope; scan the HR export again for the exact scope',
    scopeEveryone: 'the HR export has no travel-allowance column: every scanned employee counts as in scope; check this against who receives an allowance or a PT pass',
    otherYear: 'the kilometres come from the scan of {date, date, ::ddMMyyyy}; the workforce of {year} is taken to be the same',
  },
});
