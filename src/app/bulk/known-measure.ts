import { checkMeasureId } from '../../core/advice/check-measure-id.js';
import type { Catalogue } from '../../core/advice/catalogue-schema.js';
import { DEFAULT_LANG, translator, type Lang } from '../../core/i18n/index.js';
import { bulkMessages } from './bulk-messages.js';

/** The advice catalogue, loaded once per run (a bulk import checks many rows against it). */
let cached: Promise<Catalogue> | undefined;
export function measureCatalogue(): Promise<Catalogue> {
  cached ??= import('../../adapters/templates/load-templates.js').then((m) => m.loadCatalogue());
  return cached;
}

/**
 * Why a measure value cannot be recorded (an id-shaped value that is not in the catalogue, with
 * the nearest id as a suggestion), or undefined when it can: a catalogue id or free text.
 */
export function measureProblem(measure: string, catalogue: Catalogue, lang: Lang = DEFAULT_LANG): { message: string; hint: string } | undefined {
  const checked = checkMeasureId(measure, catalogue.measures.map((m) => m.id));
  if (checked.ok) return undefined;
  const t = translator(bulkMessages, lang);
  return {
    message: t('unknownMeasure', { measure }),
    hint: checked.suggestion !== undefined ? t('didYouMean', { suggestion: checked.suggestion }) : t('noSuggestion'),
  };
}
