import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan company` and its subcommands. */
export const companyHelpMessages = defineMessages('companyHelp', {
  nl: {
    description: 'de deelnemers van de alliantie (werkgevers) en hun vestigingen',
    optWorkspace: 'de werkmap (standaard: gezocht vanaf deze map)',
    optName: 'volledige naam',
    optSector: 'sector, bijv. zorg, onderwijs, industrie',
    optHeadcount: 'aantal medewerkers',
    optSigned: 'datum waarop de intentieverklaring is getekend (JJJJ-MM-DD)',
    optShares: 'het alliantierapport mag de cijfers van deze deelnemer aan andere deelnemers tonen',
    optNoShares: 'houdt de cijfers buiten wat andere deelnemers zien',
    optLocation: 'vestiging NAAM=POSTCODE, NAAM=LAT,LON of NAAM=ADRES, POSTCODE (herhaalbaar)',
    addDescription: 'voeg een deelnemer toe (op een terminal met vragen)',
    optId: 'korte id, bijv. asz',
    listDescription: 'de deelnemers op een rij',
    showDescription: 'toon één deelnemer: gegevens, vestigingen, laatste scan',
    editDescription: 'wijzig een deelnemer (op een terminal met vragen als er geen opties zijn)',
    optRemoveLocation: 'verwijder een vestiging op naam (herhaalbaar)',
    editExplanation: '--location voegt een vestiging toe of vervangt die met dezelfde naam; de andere blijven.',
    removeDescription: 'verwijder een deelnemer met zijn doelen en scans',
    optRemoveYes: 'niet om bevestiging vragen',
    importDescription: 'voeg deelnemers toe en werk ze bij vanuit een CSV- of YAML-bestand',
    argFile: '.csv of .yaml',
    optImportYes: 'bestaande deelnemers wijzigen zonder te vragen (in scripts)',
    importExplanation: `CSV: één rij per vestiging, gescheiden door ';' (of ','):
  id;name;sector;headcount;declaration_signed;shares;location_name;address;postcode;lat;lon
YAML: een lijst onder 'companies:', elk met daaronder 'locations:'. Hetzelfde bestand twee keer
importeren verandert niets; deelnemers die niet in het bestand staan, blijven. Als het bestand een
bestaande deelnemer zou wijzigen (een nieuwe naam, nieuw aantal medewerkers of andere vestigingen),
worden de wijzigingen per veld getoond en pas doorgevoerd na een ja op de terminal, of met --yes in
een script.`,
    exportDescription: 'schrijf alle deelnemers naar een CSV- of YAML-bestand dat weer te importeren is',
  },
  en: {
    description: "the alliance's member companies and their work locations",
    optWorkspace: 'the workspace folder (default: found from here)',
    optName: 'full name',
    optSector: 'sector, e.g. zorg, onderwijs, industrie',
    optHeadcount: 'number of employees',
    optSigned: 'date the declaration of intent was signed (YYYY-MM-DD)',
    optShares: 'lets the alliance report show its figures to other members',
    optNoShares: 'keeps its figures out of what other members see',
    optLocation: 'work location NAME=POSTCODE, NAME=LAT,LON or NAME=ADDRESS, POSTCODE (repeatable)',
    addDescription: 'add a member company (a wizard on a terminal)',
    optId: 'short id such as asz',
    listDescription: 'list the member companies',
    showDescription: 'show one company: fields, locations, latest scan',
    editDescription: 'change a company (a wizard on a terminal when no flags are given)',
    optRemoveLocation: 'remove a work location by name (repeatable)',
    editExplanation: '--location adds a location or replaces the one with the same name; the others stay.',
    removeDescription: 'remove a company with its goals and scans',
    optRemoveYes: 'do not ask for confirmation',
    importDescription: 'add and update companies from a CSV or YAML file',
    argFile: '.csv or .yaml',
    optImportYes: 'change existing companies without asking (in scripts)',
    importExplanation: `CSV: one row per location, separated by ';' (or ','):
  id;name;sector;headcount;declaration_signed;shares;location_name;address;postcode;lat;lon
YAML: a list under 'companies:', each with nested 'locations:'. Importing the same file twice
changes nothing; companies not in the file are kept. When the file would change an existing
company (a new name, headcount or locations), the changes are shown field by field and applied
only after a yes on the terminal, or with --yes in a script.`,
    exportDescription: 'write all companies to a CSV or YAML file that imports back',
  },
});
