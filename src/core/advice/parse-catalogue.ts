import { type Catalogue, catalogueSchema } from './catalogue-schema.js';

/** A validated catalogue, or every problem found with it. */
export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

/**
 * Validates the parsed contents of templates/advice/measures.json (read by an adapter): the
 * schema, unique ids, and that every supporting measure points at direct measures that exist.
 */
export function parseCatalogue(json: unknown): CatalogueResult {
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  const directIds = new Set(parsed.data.measures.filter((m) => m.kind === 'direct').map((m) => m.id));
  for (const m of parsed.data.measures) {
    if (seen.has(m.id)) errors.push(`measures: id '${m.id}' occurs more than once`);
    seen.add(m.id);
    if (m.kind !== 'supporting') continue;
    for (const target of m.supports) {
      if (!directIds.has(target)) errors.push(`measures.${m.id}.supports: '${target}' is not a direct measure`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalogue: parsed.data };
}
