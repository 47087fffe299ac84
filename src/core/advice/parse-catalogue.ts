import { text, type Text } from '../i18n/index.js';
import { issueProblem } from '../settings/issue-text.js';
import { settingsIssueMessages as m } from '../settings/settings-issue-messages.js';
import { type Catalogue, catalogueSchema } from './catalogue-schema.js';

/** A validated catalogue, or every problem found with it (in the reader's language). */
export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: Text[] };

/**
 * Validates the parsed contents of templates/advice/measures.json (read by an adapter): the
 * schema, unique ids, and that every supporting measure points at direct measures that exist.
 */
export function parseCatalogue(json: unknown): CatalogueResult {
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    const where = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : text(m, 'topLevel'));
    return { ok: false, errors: parsed.error.issues.map((i) => text(m, 'pathLine', { where: where(i.path), problem: issueProblem(i) })) };
  }
  const errors: Text[] = [];
  const seen = new Set<string>();
  const directIds = new Set(parsed.data.measures.filter((m) => m.kind === 'direct').map((m) => m.id));
  for (const measure of parsed.data.measures) {
    if (seen.has(measure.id)) errors.push(text(m, 'duplicateMeasure', { id: measure.id }));
    seen.add(measure.id);
    if (measure.kind !== 'supporting') continue;
    for (const target of measure.supports) {
      if (!directIds.has(target)) errors.push(text(m, 'notDirectMeasure', { id: measure.id, target }));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalogue: parsed.data };
}
