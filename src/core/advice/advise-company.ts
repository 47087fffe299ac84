import type { Catalogue, DirectMeasure } from './catalogue-schema.js';
import { type AdvicePackage, combinePackage } from './combine-package.js';
import { explainMeasure } from './explain-measure.js';
import { fillTemplate } from './fill-template.js';
import { numberFormats } from './format-numbers.js';
import { groupLabel } from './group-label.js';
import { type CountedPeriod, findMeasure, type RecordedMeasure, type RunningMeasure, runningMeasures } from './running-measures.js';
import { selectGroup } from './select-group.js';
import { carGramsPerKmOf, sizeMeasure } from './size-measure.js';
import { type AdviceInput, type AdviceSettings, DEFAULT_ADVICE_SETTINGS, type Lang, type SizedMeasure } from './types.js';

/** One recommended measure, ranked and explained in the chosen language. */
export interface MeasureAdvice {
  rank: number;
  id: string;
  title: string;
  summary: string;
  /** The target group's short name, in the chosen language. */
  groupLabel: string;
  sized: SizedMeasure;
  explanation: string;
  /** Present when a number behind the measure rests on thin evidence. */
  warning?: string;
  cost: { level: 'low' | 'medium' | 'high'; euros: string };
  supportedBy: { id: string; title: string; summary: string }[];
  /** The sources behind the measure's numbers, in the chosen language. */
  sources: string[];
}

/** Why a measure was left out: nobody it concerns, the input does not say, or it would move no one. */
export type NotRecommendedReason = 'group-empty' | 'group-unknown' | 'no-participants';

/** The tailored advice for one company. */
export interface AdviceResult {
  measures: MeasureAdvice[];
  /** Measures the company already took: shown as running, never advised again. */
  running: RunningMeasure[];
  /** The top measures combined without double counting, with the sentence to show beside the list. */
  package: (AdvicePackage & { titles: string[]; text: string }) | null;
  notRecommended: { id: string; title: string; reason: NotRecommendedReason | 'running' }[];
  /** Caveats to print with the list (measures are sized one at a time; the CO2 factor used). */
  notes: string[];
}

/** Options of adviseCompany; top defaults to 5. */
export interface AdviseOptions {
  lang: Lang;
  top?: number;
  settings?: AdviceSettings;
  /** Measures recorded for the company (the workspace's measures). */
  recorded?: readonly RecordedMeasure[];
  /** Complete periods of the company's peak counts against its baseline, oldest first. */
  periods?: readonly CountedPeriod[];
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
  const { lang, top = 5, settings = DEFAULT_ADVICE_SETTINGS, recorded = [], periods = [] } = options;
  const formats = numberFormats(lang);
  const running = runningMeasures(catalogue, recorded, periods, lang, formats);
  const runningIds = new Set(recorded.map((r) => findMeasure(catalogue, r.measure)?.id));
  const direct = catalogue.measures.filter((m): m is DirectMeasure => m.kind === 'direct');
  const notRecommended: AdviceResult['notRecommended'] = [];
  const sized: { measure: DirectMeasure; sized: SizedMeasure }[] = [];
  for (const measure of direct) {
    if (runningIds.has(measure.id)) {
      notRecommended.push({ id: measure.id, title: measure.title[lang], reason: 'running' });
      continue;
    }
    const s = sizeMeasure(measure, input, settings);
    const reason: NotRecommendedReason | undefined = !s.group.known
      ? 'group-unknown'
      : s.group.count < MIN_PARTICIPANTS
        ? 'group-empty'
        : s.participants < MIN_PARTICIPANTS || (s.avoidancesPerDay <= 0 && s.co2TonnesPerYear <= 0 && (s.oneOff?.avoidancesDuring ?? 0) <= 0)
          ? 'no-participants'
          : undefined;
    if (reason) notRecommended.push({ id: measure.id, title: measure.title[lang], reason });
    else sized.push({ measure, sized: s });
  }
  sized.sort((a, b) => compareSized(a.sized, b.sized));

  const measures = sized.slice(0, Math.max(0, top)).map(({ measure, sized: s }, i): MeasureAdvice => {
    const supporters = catalogue.measures.filter((m) => m.kind === 'supporting' && m.supports.includes(measure.id) && !runningIds.has(m.id));
    const supportedBy = supporters.map((m) => ({ id: m.id, title: m.title[lang], summary: m.summary[lang] }));
    const group = selectGroup(measure.group, input);
    const text = explainMeasure(measure, s, group, { phrases: catalogue.phrases, input, lang, formats, supportedBy: supportedBy.map((m) => m.title) });
    return {
      rank: i + 1,
      id: measure.id,
      title: measure.title[lang],
      summary: measure.summary[lang],
      groupLabel: groupLabel(measure.group, catalogue.phrases, lang, formats),
      sized: s,
      ...text,
      cost: { level: measure.cost.level, euros: measure.cost.euros[lang] },
      supportedBy,
      sources: sourcesOf(measure, lang),
    };
  });
  const car = carGramsPerKmOf(input, settings);
  const carNote = fillTemplate((car.fromFuelMix ? catalogue.phrases.carFactor : catalogue.phrases.carFactorDefault)[lang], { grams: formats.count(car.grams) });
  return { measures, running, package: packageOf(catalogue, sized.slice(0, Math.min(settings.packageSize, measures.length)), input, lang), notRecommended, notes: [catalogue.phrases.notAdditive[lang], carNote] };
}

/** Every source text behind a measure's numbers and cost, in one language, once each. */
function sourcesOf(measure: DirectMeasure, lang: Lang): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && v && typeof v === 'object' && lang in v) found.push((v as Record<Lang, string>)[lang]);
        else walk(v);
      }
    }
  };
  walk(measure);
  return [...new Set(found)];
}

/** The combined effect of the top measures and the sentence that goes beside the list. */
function packageOf(catalogue: Catalogue, top: { measure: DirectMeasure; sized: SizedMeasure }[], input: AdviceInput, lang: Lang): AdviceResult['package'] {
  if (top.length < 2) return null;
  const f = numberFormats(lang);
  const combined = combinePackage(top.map((t) => ({ rule: t.measure.group, sized: t.sized })), input);
  const titles = top.map((t) => t.measure.title[lang]);
  const text = fillTemplate(catalogue.phrases.packageEffect[lang], {
    n: f.count(top.length),
    list: titles.join(', '),
    avoidances: f.count(combined.avoidancesPerDay),
    share: combined.shareOfPeakTrips === null ? '-' : f.percent(combined.shareOfPeakTrips),
    co2: f.decimal(combined.co2TonnesPerYear),
    participants: f.count(combined.participants),
  });
  return { ...combined, titles, text };
}
