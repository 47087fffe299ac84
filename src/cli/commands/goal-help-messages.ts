import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan goal` and its subcommands. */
export const goalHelpMessages = defineMessages('goalHelp', {
  nl: {
    description: 'doelen van deelnemers en van de alliantie vastleggen en bekijken',
    setDescription: 'leg een doel voor spitsmijdingen of CO2-reductie vast; vervangt een eerder doel van die soort',
    optCompany: 'de deelnemer van wie het doel is',
    optAlliance: 'het doel is van de alliantie zelf',
    optKind: 'peak-avoidance (spitsmijdingen) of co2-reduction (CO2-reductie)',
    optTargetPct: 'spits: % van de autoritten in de spits uit de nulmeting dat vermeden wordt; CO2: % minder dan in het basisjaar',
    optBaselineYear: 'het jaar waartegen het doel gemeten wordt (verplicht voor CO2)',
    optTargetYear: 'het jaar waarin het doel gehaald moet zijn (verplicht voor CO2)',
    optBasis: 'spitsdoelen: absolute of per-employee (per medewerker; het aantal medewerkers verandert)',
    listDescription: 'de doelen: eerst die van de alliantie, dan die van elke deelnemer',
    optListCompany: 'alleen de doelen van deze deelnemer',
    removeDescription: 'verwijder een doel van een deelnemer of van de alliantie (vraagt eerst; --yes in scripts)',
    optRemoveAlliance: 'het doel van de alliantie zelf',
    importDescription: 'leg veel doelen tegelijk vast vanuit een CSV- of Excelbestand (kolommen bedrijf, soort, doel, basisjaar, doeljaar, basis)',
    argFile: 'CSV of .xlsx',
    importExplanation: `Eén rij per doel: bedrijf (company; leeg voor een doel van de alliantie zelf), soort (kind:
peak-avoidance of co2-reduction), doel (targetPct), basisjaar (baselineYear), doeljaar
(targetYear), basis (absolute of per-employee). Elke rij wordt gecontroleerd zoals \`goal set\` dat doet;
één foute rij weigert het hele bestand, met de reden bij elke rij. Hetzelfde bestand twee keer
importeren verandert niets.`,
  },
  en: {
    description: 'set and list the goals of companies and of the alliance',
    setDescription: 'set a peak-avoidance or CO2-reduction goal, replacing an earlier one of that kind',
    optCompany: 'the company the goal belongs to',
    optAlliance: "the goal is the alliance's own",
    optKind: 'peak-avoidance or co2-reduction',
    optTargetPct: "peak: % of the baseline's peak car trips avoided; CO2: % less than in the baseline year",
    optBaselineYear: 'the year the goal is measured against (required for CO2)',
    optTargetYear: 'the year the goal is due (required for CO2)',
    optBasis: 'peak goals: absolute or per-employee (headcounts change)',
    listDescription: "list the goals: the alliance's first, then each company's",
    optListCompany: "only this company's goals",
    removeDescription: 'remove a goal of a company or of the alliance (asks first; --yes in scripts)',
    optRemoveAlliance: "the alliance's own goal",
    importDescription: 'set many goals from a CSV or Excel file (columns company, kind, targetPct, baselineYear, targetYear, basis)',
    argFile: 'CSV or .xlsx',
    importExplanation: `One row per goal: company (bedrijf; empty for the alliance's own goal), kind (soort:
peak-avoidance or co2-reduction), targetPct (doel), baselineYear (basisjaar), targetYear
(doeljaar), basis (absolute or per-employee). Every row is checked as \`goal set\` checks it; one
bad row refuses the file with every row's reason. Importing the same file twice changes nothing.`,
  },
});
