import type { Lang } from './lang.js';

/** One area's messages: the same keys in every language (the compiler checks it). */
export interface Catalogue<K extends string = string> {
  /** A short name for the area ('scan', 'errors'), used in tests and in a missing-key marker. */
  readonly area: string;
  readonly messages: { readonly [L in Lang]: Readonly<Record<K, string>> };
}

const registry = new Map<string, Catalogue>();

/**
 * Declares an area's messages in Dutch and English. The English table must have exactly the
 * Dutch keys (a type error otherwise), and every catalogue is registered so one test can check
 * that all of them parse and use the same placeholders in both languages.
 */
export function defineMessages<K extends string>(
  area: string,
  messages: { nl: Record<K, string>; en: Record<NoInfer<K>, string> },
): Catalogue<K> {
  const catalogue: Catalogue<K> = { area, messages };
  registry.set(area, catalogue as Catalogue);
  return catalogue;
}

/** Every catalogue declared so far (those whose modules were imported). */
export function registeredCatalogues(): readonly Catalogue[] {
  return [...registry.values()];
}
