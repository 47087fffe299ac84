import type { AdviceResult } from '../advice/advise-company.js';
import type { Catalogue } from '../advice/catalogue-schema.js';
import type { AdviceItem, Lang } from './report-model.js';
import { groupLabel } from './report-texts.js';

/** The sources behind a measure's numbers, from the catalogue, joined for the small print. */
function sourcesOf(catalogue: Catalogue, id: string): string {
  const measure = catalogue.measures.find((m) => m.id === id);
  if (!measure) return '';
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && typeof v === 'string') found.push(v);
        else walk(v);
      }
    }
  };
  walk(measure);
  return [...new Set(found)].join('; ');
}

/** The advice of the engine as report items, in the report's language. */
export function adviceItems(advice: AdviceResult, catalogue: Catalogue, lang: Lang): AdviceItem[] {
  return advice.measures.map((m) => ({
    rank: m.rank,
    id: m.id,
    title: m.title,
    summary: m.summary,
    explanation: m.explanation,
    groupLabel: groupLabel(m.sized.group.label, lang),
    groupSize: m.sized.group.count,
    participants: m.sized.participants,
    avoidancesPerDay: m.sized.avoidancesPerDay,
    co2TonnesPerYear: m.sized.co2TonnesPerYear,
    shareOfPeakGap: m.sized.shareOfPeakGap,
    shareOfCo2Gap: m.sized.shareOfCo2Gap,
    evidence: m.sized.evidence,
    ...(m.warning ? { evidenceWarning: m.warning } : {}),
    cost: m.cost.euros,
    source: sourcesOf(catalogue, m.id),
  }));
}
