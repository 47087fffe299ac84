import { defineMessages } from '../i18n/index.js';

/**
 * Why one cell of an HR export could not be read (the detail after "FTE "7": ..."). Never quotes
 * the value: the caller decides whether it may be shown (personal data may not).
 */
export const parseReasonMessages = defineMessages('ingestParse', {
  nl: {
    empty: 'leeg',
    notANumber: 'geen getal',
    mixedSeparators: 'geen getal (punten en komma’s door elkaar)',
    notATime: 'geen tijd (bijvoorbeeld 07:30)',
    timeOutOfRange: 'geen bestaande tijd (verwacht 00:00 tot 23:59)',
    notWholeOrHalfDay: 'geen hele of halve dag',
    workdaysOutOfRange: 'buiten het bereik (verwacht {min, number} tot {max, number} dagen)',
    homeworkOutOfRange: 'buiten het bereik (verwacht 0 tot {max, number} dagen)',
    notYesNo: 'geen ja of nee',
    notInKm: 'niet in km',
    negative: 'negatief',
    absurdDistance: 'onmogelijk ver (verwacht hoogstens {max, number} km enkele reis)',
    unknownMode: 'onbekende vervoerwijze',
    unknownCountry: 'onbekend land',
    fteNotPositive: 'onmogelijk (verwacht meer dan 0)',
    hoursTooMany: 'onmogelijk (verwacht hoogstens {max, number} uur per week)',
    fteTooMuch: 'onmogelijk (verwacht meer dan 0 en hoogstens {max, number})',
    notBelgianPostcode: 'geen Belgische postcode (verwacht 4 cijfers)',
    notGermanPostcode: 'geen Duitse postcode (verwacht 5 cijfers)',
    notPostcode: 'geen postcode',
    notDutchPostcode: 'geen Nederlandse postcode (verwacht 1234 AB of 1234)',
  },
  en: {
    empty: 'empty',
    notANumber: 'not a number',
    mixedSeparators: 'not a number (mixed separators)',
    notATime: 'not a time (e.g. 07:30)',
    timeOutOfRange: 'out of range (expected 00:00-23:59)',
    notWholeOrHalfDay: 'not a whole or half day',
    workdaysOutOfRange: 'out of range (expected {min, number}-{max, number} days)',
    homeworkOutOfRange: 'out of range (expected 0-{max, number} days)',
    notYesNo: 'not yes or no',
    notInKm: 'not in km',
    negative: 'negative',
    absurdDistance: 'absurd (expected at most {max, number} km one way)',
    unknownMode: 'unknown mode of travel',
    unknownCountry: 'unknown country',
    fteNotPositive: 'impossible (expected more than 0)',
    hoursTooMany: 'impossible (expected at most {max, number} hours a week)',
    fteTooMuch: 'impossible (expected more than 0 and at most {max, number})',
    notBelgianPostcode: 'not a Belgian postcode (expected 4 digits)',
    notGermanPostcode: 'not a German postcode (expected 5 digits)',
    notPostcode: 'not a postcode',
    notDutchPostcode: 'not a Dutch postcode (expected 1234 AB or 1234)',
  },
});

/** A key of parseReasonMessages. */
export type ParseReason = keyof (typeof parseReasonMessages)['messages']['nl'];
