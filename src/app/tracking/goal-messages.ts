import { defineMessages } from '../../core/i18n/index.js';

/** The peak goal's status in the terminal (`track show`), with the reader's numbers; the status word itself stands before it. */
export const goalMessages = defineMessages('trackGoal', {
  nl: {
    noData: 'nog geen gemeten periode na de nulmeting',
    met: '{share, number, ::percent .0} in {period} (doel {target, number, ::percent .0})',
    provisionalReached: 'voorlopig {share, number, ::percent .0} in {period}, nog niet gehaald (doel {target, number, ::percent .0})',
    behindNoTrend: '{share, number, ::percent .0} in {period} (doel {target, number, ::percent .0}; geen trend tot de doeldatum)',
    trend: 'verwacht {projected, number, ::percent .0} op {date} (doel {target, number, ::percent .0})',
    provisionalWhy: '{period} is voorlopig: {days} van {workingDays} werkdagen gemeten, minder dan {min, number, ::percent}',
    provisionalReachedSame: '{share, number, ::percent .0} in {period} (doel {target, number, ::percent .0}), maar voorlopig: {days} van {workingDays} werkdagen gemeten, minder dan {min, number, ::percent}; nog niet gehaald',
    provisionalLegend: '~ voorlopig: minder dan {min, number, ::percent} van de werkdagen gemeten; telt mee in de trend, maar kan het doel niet halen',
  },
  en: {
    noData: 'no measured period after the baseline yet',
    met: '{share, number, ::percent .0} in {period} (goal {target, number, ::percent .0})',
    provisionalReached: 'provisionally {share, number, ::percent .0} in {period}, not yet met (goal {target, number, ::percent .0})',
    behindNoTrend: '{share, number, ::percent .0} in {period} (goal {target, number, ::percent .0}; no trend to the target date)',
    trend: 'expected {projected, number, ::percent .0} by {date} (goal {target, number, ::percent .0})',
    provisionalWhy: '{period} is provisional: {days} of {workingDays} working days measured, under {min, number, ::percent}',
    provisionalReachedSame: '{share, number, ::percent .0} in {period} (goal {target, number, ::percent .0}), but provisional: {days} of {workingDays} working days measured, under {min, number, ::percent}; not yet met',
    provisionalLegend: '~ provisional: under {min, number, ::percent} of the working days measured; counted in the trend, but it cannot make the goal met',
  },
});
