import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan wpm`. */
export const wpmHelpMessages = defineMessages('wpmHelp', {
  nl: {
    description: 'het woon-werkdeel van de WPM-rapportage (km per vervoerwijze en brandstof, CO2 tank-to-wheel) uit de laatste scan',
    optYear: 'het jaar waarover gerapporteerd wordt',
    optOut: 'schrijf de tabel ook als CSV (puntkomma’s, decimale komma’s) voor Excel',
    explanation: `Een schatting uit de scan (woon-werkafstand x aantal reisdagen), geen registratie van afgelegde km;
er staat bij wie wel en niet meetelt en wat er is aangenomen. Zakelijke reizen vallen erbuiten.`,
  },
  en: {
    description: 'the commuting part of the WPM report (km by mode and fuel, CO2 tank-to-wheel) from the latest scan',
    optYear: 'the year the report covers',
    optOut: 'also write the table as CSV (semicolons, decimal commas) for Excel',
    explanation: `An estimate from the scan (home-work distance x commuting days), not a registration of km
travelled; it says who is in and out of scope and what was assumed. Business travel is not covered.`,
  },
});
