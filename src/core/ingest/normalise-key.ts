/**
 * Text folding for matching headers and vocabulary words: case, accents, punctuation and
 * spacing must not matter ("Afstand woon-werk (km)" = "afstand woonwerk km").
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
const ASCII_KEY = /^[a-z0-9]*$/;

/** Lower case, accents stripped, everything but a-z and 0-9 removed: "Belgi\u00eb" -> "belgie". */
export function normaliseKey(raw: string): string {
  const lower = raw.toLowerCase();
  // Fast path: most cells are plain ASCII words, and this runs for every cell of a big export.
  if (ASCII_KEY.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(NOT_ALPHANUMERIC, '');
}

/** Lower case, accents stripped, runs of non-alphanumerics turned into one space, trimmed. */
export function normaliseWords(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}
