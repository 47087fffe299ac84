import { defineMessages } from '../core/i18n/index.js';

/** What the demo says while it sets up the example alliance. */
export const demoMessages = defineMessages('demo', {
  nl: {
    members: 'leden: {text}',
    co2: 'CO2: {years}',
    campaigns: 'campagnes: {recorded, number} vastgelegd, {registrations, plural, one {# registratie} other {# registraties}} gelezen',
    importedBefore: '{file} was al geïmporteerd',
    warning: 'waarschuwing: {text}',
    folderHint: 'kies een lege map (of een waarin de demo al eerder draaide), bijvoorbeeld npx mobiscan demo mobiscan-demo',
    folderIsFile: '{path} is een bestand, geen map',
    folderNotEmpty: '{path} is niet leeg en bevat geen mobiscan-werkmap',
    noExamples: 'geen voorbeeldalliantie in {dir}',
    noExamplesHint: 'verwacht: {path}',
    cannotRead: '{path}: kan het bestand niet lezen ({reason})',
    fix: 'verbeter {path}',
    historyRow: '{source} rij {row, number}: een bedrijf en een jaar zijn nodig',
  },
  en: {
    members: 'members: {text}',
    co2: 'CO2: {years}',
    campaigns: 'campaigns: {recorded, number} recorded, {registrations, plural, one {# registration} other {# registrations}} read',
    importedBefore: '{file} was imported before',
    warning: 'warning: {text}',
    folderHint: 'pick an empty folder (or one where the demo ran before), e.g. npx mobiscan demo mobiscan-demo',
    folderIsFile: '{path} is a file, not a folder',
    folderNotEmpty: '{path} is not empty and holds no mobiscan workspace',
    noExamples: 'no example alliance in {dir}',
    noExamplesHint: 'expected {path}',
    cannotRead: '{path}: cannot read ({reason})',
    fix: 'fix {path}',
    historyRow: '{source} row {row, number}: needs a company and a year',
  },
});
