import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan report`. */
export const reportHelpMessages = defineMessages('reportHelp', {
  nl: {
    description: 'schrijf het Excel-werkboek en het PDF-rapport van een deelnemer: cijfers, grafieken, kaart, advies op maat, methode',
    optCompany: 'de deelnemer waarover het rapport gaat (herhaalbaar)',
    optAlliance: 'het alliantierapport: totalen, aandelen, benchmark, wat waar werkte',
    optOut: 'map voor de rapportbestanden (standaard: reports/ in de werkmap, net als bij `batch`)',
    optFormat: 'xlsx, pdf of beide',
    optWorkspace: 'de werkmap (standaard: MOBISCAN_WORKSPACE, anders deze map of een map erboven)',
    optDataDir: 'waar de geïmporteerde geodata staan (voor de bronvermelding)',
    explanation: `Een rapport over een deelnemer vraagt om een opgeslagen scan (\`mobiscan scan FILE --company ID\`);
tellingen en doelen komen erbij als de werkmap ze heeft. Bestanden worden in één keer weggeschreven als
<id>-<date>-<lang>.xlsx/.pdf (de alliantie: alliantie_<date>-nl), in --out DIR of anders in de map
reports/ van de werkmap.`,
  },
  en: {
    description: 'write the Excel workbook and PDF report of a company: figures, charts, map, tailored advice, method',
    optCompany: 'the company to report on (repeatable)',
    optAlliance: 'the alliance report: totals, shares, benchmark, what worked where',
    optOut: 'folder for the report files (default: reports/ in the workspace, as for `batch`)',
    optFormat: 'xlsx, pdf or both',
    optWorkspace: 'workspace folder (default: MOBISCAN_WORKSPACE, or the current folder and its parents)',
    optDataDir: 'where imported geodata lives (for its attribution)',
    explanation: `A company report needs a saved scan (\`mobiscan scan FILE --company ID\`); tracking data and
goals are added when the workspace has them. Files are written atomically as
<id>-<date>-<lang>.xlsx/.pdf (the alliance: alliantie_<date>-nl), in --out DIR or else in the
workspace's reports/ folder.`,
  },
});
