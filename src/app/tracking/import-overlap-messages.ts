import { defineMessages } from '../../core/i18n/index.js';

/** Texts of a tracking file that meets days already imported from the same source. */
export const importOverlapMessages = defineMessages('importOverlap', {
  nl: {
    refused: '{file} overlapt met wat er al is geïmporteerd voor bron {source}: op {n, plural, one {# dag} other {# dagen}} ({dates}) staan deels dezelfde en deels andere gegevens. Optellen zou gegevens dubbel tellen, vervangen zou gegevens weggooien. Er is niets veranderd.',
    refusedHint: 'kijk met npx mobiscan track imports -c {company} welk bestand het was; --replace vervangt die dagen door dit bestand, --add telt dit bestand erbij op (alleen als het andere voertuigen of registraties zijn)',
    ask: '{file} overlapt op {n, plural, one {# dag} other {# dagen}} ({dates}) met eerder geïmporteerde gegevens van bron {source}. Wat wilt u doen?',
    choiceStop: 'stoppen, niets veranderen',
    choiceReplace: 'die dagen vervangen door dit bestand',
    choiceAdd: 'optellen (het zijn andere voertuigen of registraties)',
    bothFlags: '--replace en --add sluiten elkaar uit',
    bothFlagsHint: 'kies er één: --replace vervangt overlappende dagen, --add telt ze op',
    nothingNew: 'Alles uit {file} stond er al (bron {source}); niets veranderd.',
    days: 'dagen: {added, plural, one {# toegevoegd} other {# toegevoegd}}, {completed, plural, one {# aangevuld} other {# aangevuld}}, {apart, plural, one {# opgeteld bij een ander deel} other {# opgeteld bij een ander deel}}, {there, plural, one {# stond er al} other {# stonden er al}}',
    overlapDone: '{n, plural, one {# overlappende dag} other {# overlappende dagen}} {how, select, replace {vervangen} other {opgeteld}}',
  },
  en: {
    refused: '{file} overlaps what was already imported for source {source}: on {n, plural, one {# day} other {# days}} ({dates}) it holds some of the same and some other data. Adding would count data twice, replacing would drop data. Nothing was changed.',
    refusedHint: 'see which file it was with npx mobiscan track imports -c {company}; --replace replaces those days with this file, --add adds this file to them (only when it holds other vehicles or registrations)',
    ask: '{file} overlaps data of source {source} imported before on {n, plural, one {# day} other {# days}} ({dates}). What do you want to do?',
    choiceStop: 'stop, change nothing',
    choiceReplace: 'replace those days with this file',
    choiceAdd: 'add it (other vehicles or registrations)',
    bothFlags: '--replace and --add exclude each other',
    bothFlagsHint: 'choose one: --replace replaces overlapping days, --add adds to them',
    nothingNew: 'Everything in {file} was already there (source {source}); nothing changed.',
    days: 'days: {added, plural, one {# added} other {# added}}, {completed, plural, one {# completed} other {# completed}}, {apart, plural, one {# added to another part} other {# added to another part}}, {there, plural, one {# already there} other {# already there}}',
    overlapDone: '{n, plural, one {# overlapping day} other {# overlapping days}} {how, select, replace {replaced} other {added}}',
  },
});
