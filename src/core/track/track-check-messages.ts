import { defineMessages } from '../i18n/index.js';

/**
 * What the tracking core says about a file or a figure it was given: a baseline or a CO2 goal it
 * cannot use, the columns of a tracking file, what a parking log lacked, and the assumptions it
 * made (CO2 from km). Rendered in the reader's language at the edge.
 */
export const trackCheckMessages = defineMessages('trackCheck', {
  nl: {
    baselineNegative: 'Een nulmeting moet een getal van 0 of meer zijn, niet {value}.',
    targetBeforeBaseline: 'Het doeljaar ({target}) moet na het basisjaar ({baseline}) komen.',
    co2GoalOutOfRange: 'De CO2 van het basisjaar moet 0 of meer zijn en de reductie tussen 0 en 100%.',
    columnsNotPair: '--columns: ‘{pair}’ is niet ROL=KOLOMNAAM (rollen: {roles}, plate, badge)',
    columnsNoSuchColumn: '--columns: geen kolom ‘{wanted}’ voor {role} (kolomnamen: {headers})',
    noColumn: 'geen kolom met {what} gevonden; noem die met --columns {role}=KOLOMNAAM',
    noTimeColumns: 'geen kolom met datum en tijd, en ook geen kolom met de datum en een met de tijd; noem ze met --columns timestamp=KOLOMNAAM of --columns date=KOLOMNAAM,time=KOLOMNAAM',
    what_date: 'de datum',
    what_morning: 'de ochtendtelling',
    what_evening: 'de avondtelling',
    invalidEvents: '{n, plural, one {# passage zonder geldig tijdstip is} other {# passages zonder geldig tijdstip zijn}} weggelaten',
    notInTimeOrder: 'het logbestand staat op {n, plural, one {# dag} other {# dagen}} niet op volgorde van tijd; een auto kan daar twee keer geteld zijn',
    gapDays: '{n, plural, one {# werkdag} other {# werkdagen}} tussen {from, date, ::ddMMyyyy} en {to, date, ::ddMMyyyy} {n, plural, one {heeft} other {hebben}} helemaal geen passages (een gat in het logbestand?) en {n, plural, one {is} other {zijn}} weggelaten',
    undirected: '{n, plural, one {# passage had} other {# passages hadden}} geen richting: voor 12:00 geteld als binnenkomst, vanaf 12:00 als vertrek',
    oncePerWindow: 'een auto telt hoogstens één keer per spitsperiode per dag',
    ovOwnMix: 'OV van onbekende soort: verdeeld over trein, bus en tram/metro zoals de bekende OV-kilometers in dezelfde tabel',
    ovAsBus: 'OV van onbekende soort: geteld als bus, de hoogste OV-factor, omdat de tabel geen bekende OV-kilometers heeft',
    noFactor: 'geen CO2-factor voor {what}; {km, plural, one {# km telt} other {# km tellen}} als 0 kg',
    unknownFuelFactor: '{what}: de factor voor onbekende brandstof is gebruikt',
    carpoolOccupants: 'carpool: {n, number} personen per auto',
    modeFuel: '{mode} ({fuel})',
  },
  en: {
    baselineNegative: 'A baseline must be a number of 0 or more, not {value}.',
    targetBeforeBaseline: 'The target year ({target}) must come after the baseline year ({baseline}).',
    co2GoalOutOfRange: 'The baseline CO2 must be 0 or more and the reduction between 0 and 100%.',
    columnsNotPair: '--columns: ‘{pair}’ is not ROLE=HEADER (roles: {roles}, plate, badge)',
    columnsNoSuchColumn: '--columns: no column ‘{wanted}’ for {role} (headers: {headers})',
    noColumn: 'no column for {what} found; name it with --columns {role}=HEADER',
    noTimeColumns: 'no date-time column, nor a date and a time column, found; name them with --columns timestamp=HEADER or --columns date=HEADER,time=HEADER',
    what_date: 'the date',
    what_morning: 'the morning count',
    what_evening: 'the evening count',
    invalidEvents: '{n, plural, one {# event} other {# events}} without a valid timestamp {n, plural, one {was} other {were}} left out',
    notInTimeOrder: 'the log is not in time order on {n, plural, one {# day} other {# days}}; a vehicle may be counted twice there',
    gapDays: '{n, plural, one {# working day} other {# working days}} between {from, date, ::dMMMyyyy} and {to, date, ::dMMMyyyy} {n, plural, one {has} other {have}} no events at all (a gap in the log?) and {n, plural, one {is} other {are}} left out',
    undirected: '{n, plural, one {# event} other {# events}} had no direction: before 12:00 taken as an entry, from 12:00 as an exit',
    oncePerWindow: 'a vehicle is counted at most once per window per day',
    ovOwnMix: 'OV of unknown kind: split over train, bus and tram/metro as the known OV km of the same table',
    ovAsBus: 'OV of unknown kind: counted as bus, the highest OV factor, since the table gives no known OV km',
    noFactor: 'no CO2 factor for {what}; its {km, plural, one {# km counts} other {# km count}} as 0 kg',
    unknownFuelFactor: '{what}: the factor for unknown fuel was used',
    carpoolOccupants: 'carpool: {n, number} people per car',
    modeFuel: '{mode} ({fuel})',
  },
});
