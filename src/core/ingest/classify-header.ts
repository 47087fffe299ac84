import { PERSONAL_HEADERS, ROLE_HEADERS } from './column-synonyms.js';
import { HEADER_FRAGMENTS, type HeaderTarget } from './header-fragments.js';
import { normaliseKey } from './normalise-key.js';
import type { ColumnRole, PersonalKind } from './types.js';

/** What a header alone says about its column. */
export type HeaderMatch =
  | { kind: 'role'; role: ColumnRole; confidence: number }
  | { kind: 'personal'; personal: PersonalKind }
  | { kind: 'skip'; reason: string }
  | { kind: 'none' };

const PERCENT_SIGN = /%/g;
const EXACT_CONFIDENCE = 1; // a whole-header synonym
const LIKELY_CONFIDENCE = 0.9; // a whole header that may mean something coarser (SAP WERKS)
const FRAGMENT_CONFIDENCE = 0.8; // a word inside a longer header

const EXACT = new Map<string, HeaderMatch>();
for (const [role, synonyms] of Object.entries(ROLE_HEADERS) as [ColumnRole, (typeof ROLE_HEADERS)[ColumnRole]][]) {
  for (const key of synonyms.exact) EXACT.set(key, { kind: 'role', role, confidence: EXACT_CONFIDENCE });
  for (const key of synonyms.likely ?? []) EXACT.set(key, { kind: 'role', role, confidence: LIKELY_CONFIDENCE });
}
// Personal headers last, so they win should a word ever sit in both tables.
for (const [personal, keys] of Object.entries(PERSONAL_HEADERS) as [PersonalKind, readonly string[]][]) {
  for (const key of keys) EXACT.set(key, { kind: 'personal', personal });
}

const includesAny = (key: string, words: readonly string[] | undefined): boolean =>
  words !== undefined && words.some((word) => key.includes(word));

function fromTarget(target: HeaderTarget): HeaderMatch {
  return target.kind === 'role' ? { ...target, confidence: FRAGMENT_CONFIDENCE } : target;
}

/** The folded key of a header; "%" becomes the word "percentage" so "Dienstverband %" reads as FTE. */
export function headerKey(header: string): string {
  return normaliseKey(header.includes('%') ? header.replace(PERCENT_SIGN, ' percentage ') : header);
}

/**
 * Recognises a header by the synonym tables: a whole-header synonym first, then the ordered
 * fragment rules. Case, accents, punctuation and spacing do not matter.
 * @example classifyHeader('Postcode vestiging') // {kind: 'role', role: 'workLocation', confidence: 0.8}
 */
export function classifyHeader(header: string): HeaderMatch {
  const key = headerKey(header);
  if (key === '') return { kind: 'none' };
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const rule of HEADER_FRAGMENTS) {
    if (!includesAny(key, rule.fragments)) continue;
    if (rule.requires && !includesAny(key, rule.requires)) continue;
    if (includesAny(key, rule.unless)) continue;
    return fromTarget(rule.target);
  }
  return { kind: 'none' };
}
