import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan batch`; {example} is a JSON snippet, given by the caller (ICU would read its braces). */
export const batchHelpMessages = defineMessages('batchHelp', {
  nl: {
    description: 'scan het HR-bestand van elke deelnemer, bewaar de scan, schrijf de rapporten per deelnemer en het alliantierapport',
    optExports: 'map met één HR-bestand per deelnemer, genoemd naar zijn id (asz.csv, asz-2026.xlsx)',
    optManifest: 'JSON-manifest {example} in plaats van --exports',
    optOut: 'map voor de rapporten (standaard: reports/ in de werkmap, net als bij `report`)',
    optFormat: 'xlsx, pdf of beide',
    optForce: 'scan en rapporteer ook deelnemers van wie het bestand niet veranderd is',
    optJobs: 'aantal werkthreads (standaard: het aantal kernen, hoogstens 4; 0 = geen)',
    optSettings: 'instellingenbestand (JSON of YAML) voor elke scan',
    optColumns: 'kolomindeling (JSON) voor elk bestand (de "columns" van een deelnemer in het manifest gaat voor)',
    optWorkspace: 'de werkmap (standaard: MOBISCAN_WORKSPACE, anders deze map of een map erboven)',
    optDataDir: 'waar de geïmporteerde geodata staan',
    explanation: `Eén deelnemer die mislukt, houdt de andere nooit tegen: de fout staat in de samenvatting en de exitcode
is 1. Een bestand dat bij geen enkele deelnemer hoort, geeft een waarschuwing; hoort geen enkel bestand
bij een deelnemer, dan stopt de batch met exitcode 1. Bij een herhaling worden deelnemers van wie het
bestand niet veranderde (dezelfde bytes) overgeslagen, maar hun rapporten worden wel geschreven als de
uitvoermap ze niet heeft; --force doet ze opnieuw. Het alliantierapport wordt elke keer geschreven.
Deelnemers die hun cijfers niet met de alliantie delen, tellen mee in de totalen, zonder naam. Een
deelnemer in het manifest kan zijn eigen kolomindeling noemen:
  {example}`,
  },
  en: {
    description: "scan every member's HR export, save it, write each member's reports and the alliance report",
    optExports: 'folder with one HR export per member, named after its id (asz.csv, asz-2026.xlsx)',
    optManifest: 'JSON manifest {example} instead of --exports',
    optOut: 'folder for the reports (default: reports/ in the workspace, as for `report`)',
    optFormat: 'xlsx, pdf or both',
    optForce: 'scan and report members whose export has not changed too',
    optJobs: 'worker threads (default: the cores, at most 4; 0 = none)',
    optSettings: 'settings file (JSON or YAML) for every scan',
    optColumns: 'column mapping file for every export (a member\'s "columns" in the manifest wins)',
    optWorkspace: 'workspace folder (default: MOBISCAN_WORKSPACE, or the current folder and its parents)',
    optDataDir: 'where imported geodata lives',
    explanation: `One failing member never stops the others: its error is in the summary and the exit code is 1.
An export that belongs to no member is warned about; when none belongs to a member, the batch
stops with exit code 1. A rerun skips members whose export has not changed (same bytes) but writes
their reports when none are in the output folder; --force redoes them. The alliance report is
written every time. Members who do not share with the alliance appear in its totals without a
name. A manifest member may name its column mapping:
  {example}`,
  },
});
