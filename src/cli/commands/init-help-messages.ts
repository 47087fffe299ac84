import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan init`. */
export const initHelpMessages = defineMessages('initHelp', {
  nl: {
    description: 'maak de werkmap van de alliantie: een eigen, besloten database in DIR (standaard: deze map)',
    argDir: 'map voor de werkmap (wordt gemaakt als hij nog niet bestaat)',
    optName: 'de naam van de alliantie',
    optPeak: 'spitsvensters op werkdagen (standaard 07:00-09:00,16:30-18:00)',
    optPeakGoal: 'het doel van de alliantie: % spitsmijdingen (vermeden autoritten in de spits)',
    optCo2Goal: 'het doel van de alliantie: % minder CO2 door woon-werkverkeer',
    optBaselineYear: 'het CO2-doel wordt gemeten tegen dit jaar',
    optTargetYear: 'het CO2-doel moet in dit jaar gehaald zijn',
    explanation: `Op een terminal vraagt init naar wat de opties openlaten. Draai het opnieuw op een bestaande werkmap
om de naam, de spitsvensters of de doelen van de alliantie te wijzigen; deelnemers en scans blijven.
Andere opdrachten vinden de werkmap via --workspace DIR, de variabele MOBISCAN_WORKSPACE, of deze
map en de mappen erboven. Met --lang en (of nl) bewaart init de taal van de werkmap: die geldt
wanneer --lang en MOBISCAN_LANG niets anders zeggen.`,
  },
  en: {
    description: "create the alliance's workspace: a private database in DIR (default: this folder)",
    argDir: 'folder for the workspace (created when missing)',
    optName: "the alliance's name",
    optPeak: 'peak windows on working days (default 07:00-09:00,16:30-18:00)',
    optPeakGoal: "the alliance's goal: % of peak car trips avoided",
    optCo2Goal: "the alliance's goal: % less commuting CO2",
    optBaselineYear: 'the CO2 goal is measured against this year',
    optTargetYear: 'the CO2 goal is due in this year',
    explanation: `On a terminal, init asks for what the flags leave out. Run it again on an existing workspace to
change the name, the peak windows or the alliance's goals; companies and scans are kept.
Other commands find the workspace through --workspace DIR, the MOBISCAN_WORKSPACE variable, or
this folder and the folders above it. With --lang en (or nl), init stores the workspace language:
it holds when neither --lang nor MOBISCAN_LANG says otherwise.`,
  },
});
