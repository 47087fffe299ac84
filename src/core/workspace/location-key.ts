/**
 * The key of a work location: its name without case, accents or punctuation, so that
 * "Dordwijk", "dordwijk " and "DORDWIJK" are one location and HR exports can match it by name.
 */
export function locationKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
