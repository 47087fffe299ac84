import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan track` and its subcommands. */
export const trackHelpMessages = defineMessages('trackHelp', {
  nl: {
    description: 'volg de vermeden autoritten in de spits en de CO2 van woon-werkverkeer tegen de doelen',
    optBy: 'dagen groeperen per month (maand) of quarter (kwartaal); standaard quarter',
    importDescription: 'importeer een log van parkeergarage of slagboom, dagtellingen of registraties van vermeden ritten',
    argFile: 'CSV- of Excelbestand',
    optKind: 'log (in- en uitritten), counts (datum, ochtend, avond) of registrations (datum, aantal, vervoerwijze, reden)',
    optSource: 'het telpunt, bijv. garage-noord (standaard: de soort)',
    optReplace: 'dagen die overlappen met eerdere imports van de bron: vervang ze door dit bestand',
    optAdd: 'dagen die overlappen met eerdere imports van de bron: tel dit bestand erbij op (andere voertuigen of registraties)',
    optColumns: 'kolommen aanwijzen: ROL=KOPTEKST of ROL=NUMMER, gescheiden door komma’s',
    importExplanation: `Kolommen worden herkend aan hun kop, Nederlands of Engels: datum/date, tijd/time, tijdstip/timestamp,
richting/direction, kenteken/plate/pasnummer/badge, ochtend/morning, avond/evening, aantal/count,
modaliteit/mode, reden/reason. Rollen voor --columns: timestamp, date, time, direction, plate,
morning, evening, count, mode, reason. Een log telt per werkdag de auto’s die in het spitsvenster van
de ochtend aankomen en in dat van de avond vertrekken; kentekens en pasnummers tellen een auto één
keer per venster en worden nooit bewaard. Weekenden en Nederlandse feestdagen tellen niet mee.
Hetzelfde bestand twee keer importeren verandert niets. Een tweede bestand voor dezelfde bron en dagen
telt op wat nieuw is (een ander deel van de dag, andere voertuigen), vult dagen aan waarvan het meer
gegevens heeft en slaat over wat er al is; deelt het sommige gegevens wel en andere niet, dan wordt
het geweigerd (op een terminal gevraagd): --replace of --add.`,
    baselineDescription: 'leg de nulmeting vast uit tellingen over een periode, of getypt; zonder waarden: toon haar',
    optFrom: 'eerste dag van de referentieperiode (JJJJ-MM-DD)',
    optTo: 'laatste dag van de referentieperiode',
    optMorning: 'getypt: autoritten in de ochtendspits per werkdag',
    optEvening: 'getypt: autoritten in de avondspits per werkdag',
    optHeadcount: 'medewerkers in de referentieperiode, voor cijfers per medewerker',
    optRemove: 'verwijder de nulmeting (vraagt eerst; --yes in scripts)',
    headcountDescription: 'leg het aantal medewerkers vast vanaf een datum (voor cijfers per medewerker); zonder waarden: toon ze',
    optHeadcountFrom: 'de datum vanaf wanneer het aantal geldt',
    optHeadcountN: 'aantal medewerkers',
    co2Description: 'de CO2 van woon-werkverkeer in een jaar, uit getypte km per jaar per vervoerwijze en brandstof (als geen scan dat jaar dekt)',
    optYear: 'het jaar waarin de km zijn afgelegd',
    optKmFile: 'CSV of Excel met de kolommen modaliteit (mode), brandstof (fuel, optioneel), km',
    optBasis: 'wtw (well-to-wheel, standaard) of ttw (tank-to-wheel)',
    showDescription: 'per periode de autoritten in de spits, de spitsmijdingen en de stand van het doel; CO2 per jaar tegen het doelpad',
    allianceDescription: 'de alliantie: de spitsmijdingen en CO2 van alle deelnemers samen, en het aandeel van elke deelnemer',
    importsDescription: 'de bestanden die voor een deelnemer zijn geïmporteerd, genummerd voor `track remove`',
    removeDescription: 'verwijder één import met precies de dagen die hij meebracht (vraagt eerst; --yes in scripts)',
    argId: 'het importnummer uit `track imports`',
    removeExplanation: `Tellingen bij de verkeerde deelnemer geïmporteerd, of een verkeerd bestand: verwijder de import en
importeer daarna het goede bestand. Had de verwijderde import dagen van een eerder bestand vervangen,
dan zegt hij welk bestand je opnieuw moet importeren om die dagen terug te krijgen.`,
  },
  en: {
    description: 'track peak car trips avoided and commuting CO2 against the goals',
    optBy: 'group days by month or quarter (default quarter)',
    importDescription: 'import a parking or barrier log, daily counts or registrations of avoided trips',
    argFile: 'CSV or Excel file',
    optKind: 'log (entries/exits), counts (date, morning, evening) or registrations (date, count, mode, reason)',
    optSource: 'the counting point, e.g. garage-north (default: the kind)',
    optReplace: 'days that overlap earlier imports of the source: replace them with this file',
    optAdd: 'days that overlap earlier imports of the source: add this file (other vehicles or registrations)',
    optColumns: 'name columns: ROLE=HEADER or ROLE=NUMBER, comma-separated',
    importExplanation: `Columns are found by header, Dutch or English: datum/date, tijd/time, tijdstip/timestamp,
richting/direction, kenteken/plate/pasnummer/badge, ochtend/morning, avond/evening, aantal/count,
modaliteit/mode, reden/reason. Roles for --columns: timestamp, date, time, direction, plate,
morning, evening, count, mode, reason. A log counts cars arriving in the morning peak window and
leaving in the evening one, per working day; plates and badge numbers count a car once per window
and are never stored. Weekends and Dutch public holidays are left out. Importing the same file
twice changes nothing. A second file for the same source and days adds what is new (another part
of the day, other vehicles), completes days it has more records of, and skips what is there; when
it shares some records and not others, it is refused (asked on a terminal): --replace or --add.`,
    baselineDescription: 'set the baseline (nulmeting) from counts over a period, or typed; without values, show it',
    optFrom: 'first day of the reference period (YYYY-MM-DD)',
    optTo: 'last day of the reference period',
    optMorning: 'typed: peak car trips per working day in the morning',
    optEvening: 'typed: peak car trips per working day in the evening',
    optHeadcount: 'employees in the reference period, for per-employee figures',
    optRemove: 'remove the baseline (asks first; --yes in scripts)',
    headcountDescription: 'record the headcount from a date on (for per-employee figures); without values, list them',
    optHeadcountFrom: 'the date the headcount holds from',
    optHeadcountN: 'employees',
    co2Description: "a year's commuting CO2 from typed yearly km per mode and fuel (when no scan covers it)",
    optYear: 'the year the km were travelled',
    optKmFile: 'CSV or Excel with columns mode (modaliteit), fuel (brandstof, optional), km',
    optBasis: 'wtw (well-to-wheel, default) or ttw (tank-to-wheel)',
    showDescription: "per period the peak car trips, avoidances and goal status; CO2 per year against the goal's trajectory",
    allianceDescription: "the alliance: the sum of the members' avoidances and CO2, and each member's share",
    importsDescription: 'the files imported for a member, numbered for `track remove`',
    removeDescription: 'remove one import with exactly the days it brought in (asks first; --yes in scripts)',
    argId: 'the import number from `track imports`',
    removeExplanation: `Counts imported into the wrong company, or a wrong file: remove the import, then import the right
file. When the removed import had replaced days of an earlier file, it says which file to import
again to get those days back.`,
  },
});
