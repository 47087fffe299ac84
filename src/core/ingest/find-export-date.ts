import { isIsoDate } from '../track/calendar-date.js';

// "Peildatum: 01-10-2026", "peildatum 1.10.2026", "Peildatum 2026-10-01" (AFAS and others write it so)
const DUTCH = /peildatum\W{0,3}(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b/i;
const ISO = /peildatum\W{0,3}(\d{4})-(\d{2})-(\d{2})\b/i;

/**
 * The export's reference date (peildatum) from the title rows above the header, as YYYY-MM-DD;
 * undefined when none is there or it is no real date (a 31-02-2026 is ignored, not guessed).
 * @example findExportDate([['Personeelsoverzicht'], ['Peildatum: 01-10-2026']]) // '2026-10-01'
 */
export function findExportDate(titleRows: readonly (readonly string[])[]): string | undefined {
  for (const row of titleRows) {
    const text = row.filter((c) => c !== '').join(' ');
    const iso = ISO.exec(text);
    const dutch = iso ? null : DUTCH.exec(text);
    const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : undefined;
    if (date !== undefined && isIsoDate(date)) return date;
  }
  return undefined;
}
