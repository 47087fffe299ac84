import { defineMessages } from '../i18n/index.js';

/** The texts of the member report's comparison with the previous scan, in Dutch and English. */
export const reportHistoryMessages = defineMessages('reportHistory', {
  nl: {
    sectionHistory: 'Vergelijking met de vorige scan',
    sectionHistoryIntro: 'De kengetallen van de scan van de export van {after} naast die van de vorige scan ({before}). Verschillen komen ook door een ander personeelsbestand of andere instellingen.',
    histColFigure: 'Kengetal',
    histColChange: 'Verschil',
    histEmployees: 'Medewerkers',
    histCarShare: 'Aandeel auto',
    histExpectedSwitchers: 'Verwachte overstappers',
    histPeakCarTripsPerDay: 'Autoritten in de spits per werkdag',
    histAvoidablePeakTripsPerDay: 'Te vermijden spitsritten per werkdag',
    histCo2TonnesPerYear: 'CO2 woon-werk (ton per jaar)',
  },
  en: {
    sectionHistory: 'Compared with the previous scan',
    sectionHistoryIntro: 'The figures of the scan of the export of {after} beside those of the previous scan ({before}). Differences also come from a changed workforce or other settings.',
    histColFigure: 'Figure',
    histColChange: 'Change',
    histEmployees: 'Employees',
    histCarShare: 'Car share',
    histExpectedSwitchers: 'Expected switchers',
    histPeakCarTripsPerDay: 'Peak car trips per working day',
    histAvoidablePeakTripsPerDay: 'Avoidable peak trips per working day',
    histCo2TonnesPerYear: 'Commuting CO2 (tonnes a year)',
  },
});
