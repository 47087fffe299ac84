import type { Catalogue, DirectMeasure } from './catalogue-schema.js';
import { explainMeasure } from './explain-measure.js';
import { numberFormats } from './format-numbers.js';
import { selectGroup } from './select-group.js';
import { sizeMeasure } from './size-measure.js';
import { type AdviceInput, type AdviceSettings, DEFAULT_ADVICE_SETTINGS, type Lang, type SizedMeasure } from './types.js';

/** One recommended measure, ranked and explained in the chosen language. */
export interface MeasureAdvice {
  rank: number;
  id: string;
  title: string;
  summary: string;
  sized: SizedMeasure;
  explanation: string;
  /** Present when a number behind the measure rests on thin evidence. */
  warning?: string;
  cost: { level: 'low' | 'medium' | 'high'; euros: string };
  supportedBy: { id: string; title: string; summary: string }[];
}

/** Why a measure was left out: nobody it concerns, the input does not say, or it would move no one. */
export type NotRecommendedReason = 'group-empty' | 'group-unknown' | 'no-participants';

/** The tailored advice for one company. */
export interface AdviceResult {
  measures: MeasureAdvice[];
  notRecommended: { id: string; title: string; reason: NotRecommendedReason }[];
  /** Caveats to print with the list (measures are sized one at a time). */
  notes: string[];
}

/** Options of adviseCompany; top defaults to 5. */
export interface AdviseOptions {
  lang: Lang;
  top?: number;
  settings?: AdviceSettings;
}

const MIN_PARTICIPANTS = 0.5; // fewer expected participants rounds to 0 people: nothing to recommend

/** Ranks by avoidances, then CO2, then the larger gap share; id keeps ties stable. */
function compareSized(a: SizedMeasure, b: SizedMeasure): number {
  const gap = (s: SizedMeasure): number => Math.max(s.shareOfPeakGap ?? 0, s.shareOfCo2Gap ?? 0);
  return b.avoidancesPerDay - a.avoidancesPerDay || b.co2TonnesPerYear - a.co2TonnesPerYear || gap(b) - gap(a) || a.id.localeCompare(b.id);
}

/**
 * Sizes every direct measure of the catalogue for this company, drops those whose group is empty
 * or unknown, ranks the rest and explains the top ones with their supporting measures attached.
 */
export function adviseCompany(catalogue: Catalogue, input: AdviceInput, options: AdviseOptions): AdviceResult {
  const { lang, top = 5, settings = DEFAULT_ADVICE_SETTINGS } = options;
  const direct = catalogue.measures.filter((m): m is DirectMeasure => m.kind === 'direct');
  const notRecommended: AdviceResult['notRecommended'] = [];
  const sized: { measure: DirectMeasure; sized: SizedMeasure }[] = [];
  for (const measure of direct) {
    const s = sizeMeasure(measure, input, settings);
    const reason: NotRecommendedReason | undefined = !s.group.known
      ? 'group-unknown'
      : s.group.count < MIN_PARTICIPANTS
        ? 'group-empty'
        : s.participants < MIN_PARTICIPANTS || (s.avoidancesPerDay <= 0 && s.co2TonnesPerYear <= 0)
          ? 'no-participants'
          : undefined;
    if (reason) notRecommended.push({ id: measure.id, title: measure.title[lang], reason });
    else sized.push({ measure, sized: s });
  }
  sized.sort((a, b) => compareSized(a.sized, b.sized));

  const formats = numberFormats(lang);
  const measures = sized.slice(0, Math.max(0, top)).map(({ measure, sized: s }, i): MeasureAdvice => {
    const supporters = catalogue.measures.filter((m) => m.kind === 'supporting' && m.supports.includes(measure.id));
    const supportedBy = supporters.map((m) => ({ id: m.id, title: m.title[lang], summary: m.summary[lang] }));
    const group = selectGroup(measure.group, input);
    const text = explainMeasure(measure, s, group, { phrases: catalogue.phrases, input, lang, formats, supportedBy: supportedBy.map((m) => m.title) });
    return {
      rank: i + 1,
      id: measure.id,
      title: measure.title[lang],
      summary: measure.summary[lang],
      sized: s,
      ...text,
      cost: { level: measure.cost.level, euros: measure.cost.euros[lang] },
      supportedBy,
    };
  });
  return { measures, notRecommended, notes: [catalogue.phrases.notAdditive[lang]] };
}
