import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan demo`. */
export const demoHelpMessages = defineMessages('demoHelp', {
  nl: {
    description: 'maak een werkmap met de meegeleverde voorbeeldalliantie en draai de batch: scans, rapporten per deelnemer, alliantierapport',
    argDir: 'map voor de demo-werkmap (leeg, of een map waarin de demo al eerder draaide)',
    optFormat: 'xlsx, pdf of beide',
    optDataDir: 'waar de geïmporteerde geodata staan (de demo werkt ook zonder)',
    explanation: `Alles in de voorbeeldalliantie is verzonnen: zes deelnemers (een ziekenhuis met diensten, een stadhuis
bij een station, een distributiecentrum op een bedrijventerrein, een hoofdkantoor bij Rotterdam Centraal,
een school en een zorgorganisatie) met HR-bestanden in verschillende formaten, twee jaar tellingen in
de spits, maatregelen en doelen. De demo nog eens draaien gebruikt dezelfde werkmap en verandert niets.`,
  },
  en: {
    description: 'create a workspace from the bundled example alliance and run the batch: scans, member reports, alliance report',
    argDir: 'folder for the demo workspace (empty, or one where the demo ran before)',
    optFormat: 'xlsx, pdf or both',
    optDataDir: 'where imported geodata lives (the demo runs without any)',
    explanation: `Everything in the example alliance is invented: six members (a hospital with shifts, a town hall
near a station, a distribution centre on a business park, a head office at Rotterdam Centraal, a
school and a care organisation) with HR exports in different formats, two years of peak-hour
counts, measures and goals. Running the demo again reuses the workspace and changes nothing.`,
  },
});
