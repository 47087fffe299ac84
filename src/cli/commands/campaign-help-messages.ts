import { defineMessages } from '../../core/i18n/index.js';

/** The longer help of `mobiscan campaign` (its descriptions are in campaign-messages.ts). */
export const campaignHelpMessages = defineMessages('campaignHelp', {
  nl: {
    optDataDir: 'waar de geïmporteerde geodata staan',
    registerExplanation: `Kolommen (herkend aan de kop): Datum (verplicht), Deelnemer, Aantal, Km, Vervoerwijze, Spits (ja/nee) of
Vertrektijd, Personeelsnummer. Een rij is één niet-gereden autorit, tenzij Aantal meer zegt; Km is de
niet-gereden afstand van de hele rij. Zonder Km zoekt een personeelsnummer de woon-werkafstand op in het
HR-bestand van de deelnemer (--hr-export): alleen om op te zoeken en om deelnemers te tellen, nooit bewaard.`,
  },
  en: {
    optDataDir: 'geodata',
    registerExplanation: `Columns (by header): Datum (required), Deelnemer, Aantal, Km, Vervoerwijze, Spits (ja/nee) or
Vertrektijd, Personeelsnummer. A row is one trip not made unless Aantal says more; Km is the
distance not driven for the whole row. Without Km, a personnel number finds the commute distance
in the member's HR export (--hr-export): used to look it up and to count participants, never stored.`,
  },
});
