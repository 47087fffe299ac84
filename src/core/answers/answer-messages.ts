import { defineMessages } from '../i18n/index.js';

/** Why a typed answer (headcount, percentage, date, year) cannot be read; shown under the prompt. */
export const answerMessages = defineMessages('answers', {
  nl: {
    empty: 'vul iets in',
    notWholeNumber: '{value} is geen heel aantal; typ bijvoorbeeld 4500 of 4.500',
    wholeNumberRange: '{value} ligt niet tussen {min, number} en {max, number}',
    notNumber: '{value} is geen getal; typ bijvoorbeeld 1.234,5',
    notPercentage: '{value} is geen percentage; typ bijvoorbeeld 10 of 10%',
    percentageRange: '{value} ligt niet tussen 0 en 100 procent (0 zelf telt niet)',
    notDate: '{value} is geen datum; typ bijvoorbeeld 11-05-2023',
    noSuchDate: '{value} bestaat niet als datum',
    notYear: '{value} is geen jaartal; typ vier cijfers, bijvoorbeeld 2030',
    yearRange: '{year} ligt niet tussen {min} en {max}',
    yearNotAfter: '{year} ligt niet na het basisjaar {baseline}',
    notYesNo: '{value} is geen ja of nee; typ j of n',
    confirmHintYes: '(J/n)',
    confirmHintNo: '(j/N)',
  },
  en: {
    empty: 'type something',
    notWholeNumber: '{value} is not a whole number; type e.g. 4500 or 4.500',
    wholeNumberRange: '{value} is not between {min, number} and {max, number}',
    notNumber: '{value} is not a number; type e.g. 1.234,5',
    notPercentage: '{value} is not a percentage; type e.g. 10 or 10%',
    percentageRange: '{value} is not between 0 and 100 percent (0 itself does not count)',
    notDate: '{value} is not a date; type e.g. 11-05-2023',
    noSuchDate: '{value} is not a date that exists',
    notYear: '{value} is not a year; type four digits, e.g. 2030',
    yearRange: '{year} is not between {min} and {max}',
    yearNotAfter: '{year} is not after the baseline year {baseline}',
    notYesNo: '{value} is not yes or no; type y or n',
    confirmHintYes: '(Y/n)',
    confirmHintNo: '(y/N)',
  },
});
