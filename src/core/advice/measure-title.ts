import type { Catalogue } from './catalogue-schema.js';
import type { Lang } from './types.js';

/**
 * How a recorded measure is named for a reader: a catalogue id by its title in the reader's
 * language, free text as typed. Machine output keeps the id.
 */
export function measureTitle(catalogue: Catalogue, lang: Lang): (measure: string) => string {
  const titles = new Map(catalogue.measures.map((m) => [m.id, m.title[lang]]));
  return (measure) => titles.get(measure) ?? measure;
}
