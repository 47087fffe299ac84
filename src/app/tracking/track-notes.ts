import { formatIsoDate } from '../../core/format/format-date.js';
import { translator, type Lang } from '../../core/i18n/index.js';
import { trackNoteMessages } from './track-note-messages.js';

/** The core's English notes (kept as they are in --json), each with the message that says it. */
const NOTES: ReadonlyArray<[RegExp, keyof (typeof trackNoteMessages)['messages']['nl'], (m: RegExpExecArray, lang: Lang) => Record<string, string | number>]> = [
  [/^the years mix well-to-wheel and tank-to-wheel CO2/, 'mixedBasis', () => ({})],
  [/^no CO2 goal set/, 'noCo2Goal', () => ({})],
  [/^the CO2 goal has no baseline year or target year/, 'co2GoalYears', () => ({})],
  [/^no CO2 for the baseline year (\d{4})/, 'noBaselineCo2', (m) => ({ year: m[1]! })],
  [/^no baseline yet/, 'noBaseline', () => ({})],
  [/^the baseline rests on too few working days \((\S+) to (\S+)\)/, 'fewBaselineDays', (m, lang) => ({ from: formatIsoDate(m[1]!, lang), to: formatIsoDate(m[2]!, lang) })],
  [/^(\d+) period\(s\) with too few working days/, 'flaggedLeftOut', (m) => ({ n: Number(m[1]) })],
  [/^the goal counts per employee, but some periods lack a headcount/, 'noHeadcount', () => ({})],
];

/** A note of the tracking core in the reader's language; a note it does not know is shown as it is. */
export function trackNote(note: string, lang: Lang): string {
  for (const [pattern, key, values] of NOTES) {
    const m = pattern.exec(note);
    if (m) return translator(trackNoteMessages, lang)(key, values(m, lang));
  }
  return note;
}
