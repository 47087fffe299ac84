/** Directions in a parking or barrier log, in the words Dutch and English systems write. */

const DIRECTION_WORDS: Record<string, 'in' | 'out'> = {
  in: 'in', entry: 'in', enter: 'in', entrance: 'in', arrival: 'in',
  binnen: 'in', inrit: 'in', ingang: 'in', inrijden: 'in', aankomst: 'in', binnenkomst: 'in',
  out: 'out', exit: 'out', departure: 'out', leave: 'out',
  uit: 'out', buiten: 'out', uitrit: 'out', uitgang: 'out', uitrijden: 'out', vertrek: 'out',
};

/** 'in', 'out', or null for a word that is not a direction (case and spaces ignored). */
export function parseDirection(text: string): 'in' | 'out' | null {
  return DIRECTION_WORDS[text.trim().toLowerCase()] ?? null;
}
