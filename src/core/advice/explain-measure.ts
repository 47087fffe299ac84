import type { DirectMeasure, Phrases } from './catalogue-schema.js';
import { fillTemplate } from './fill-template.js';
import type { NumberFormats } from './format-numbers.js';
import { rangeText } from './group-label.js';
import type { SelectedGroup } from './select-group.js';
import type { AdviceInput, Lang, SizedMeasure } from './types.js';

/** What explainMeasure needs beyond the measure itself. */
export interface ExplainContext {
  phrases: Phrases;
  input: AdviceInput;
  lang: Lang;
  formats: NumberFormats;
  /** Titles of the supporting measures attached to this one, in the chosen language. */
  supportedBy: string[];
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The sentences on the effect: a rate per peak trip first, a one-off measure for its duration only. */
function effectSentences(measure: DirectMeasure, sized: SizedMeasure, ctx: ExplainContext): string[] {
  const { phrases: p, lang, formats: f, input } = ctx;
  const t = (template: { nl: string; en: string }, values: Record<string, string> = {}): string => fillTemplate(template[lang], values);
  const out: string[] = [];
  const rate = measure.effect.shareOfPeakCarTrips;
  if (rate) out.push(t(p.effectRate, { rate: f.percent(rate.value), peakTrips: f.count(input.peakCarTripsPerWorkingDay) }));
  const one = sized.oneOff;
  if (one && measure.oneOff) {
    out.push(t(p.effectOneOff, {
      period: measure.oneOff.period[lang],
      days: f.count(one.workingDays),
      avoidances: f.count(one.avoidancesPerDayDuring),
      total: f.count(one.avoidancesDuring),
      co2: f.decimal(one.co2TonnesDuring),
    }));
    out.push(measure.oneOff.retention[lang]);
    if (one.retainedShare !== null) out.push(t(p.effectOneOffLasting, { avoidances: f.count(sized.avoidancesPerDay), co2: f.decimal(sized.co2TonnesPerYear) }));
    return out;
  }
  const co2 = f.decimal(sized.co2TonnesPerYear);
  // people and trips are whole in text; the model keeps the decimals
  out.push(sized.avoidancesPerDay >= 0.5 ? t(p.effect, { avoidances: f.count(sized.avoidancesPerDay), co2 }) : t(p.effectCo2Only, { co2 }));
  return out;
}

/**
 * A plain-language paragraph with the numbers that triggered the measure, and a separate warning
 * sentence when the evidence behind a number is thin (so a report can show it apart).
 */
export function explainMeasure(measure: DirectMeasure, sized: SizedMeasure, group: SelectedGroup, ctx: ExplainContext): { explanation: string; warning?: string } {
  const { phrases: p, lang, formats: f, input } = ctx;
  const t = (template: { nl: string; en: string }, values: Record<string, string> = {}): string => fillTemplate(template[lang], values);
  const range = group.fromKm === undefined ? '' : rangeText(group.fromKm, group.toKm ?? null, p, lang, f);
  const inSentence = measure.inSentence[lang];
  const sentences = [t(p.groups[measure.group.kind], { count: f.count(group.count), range, km: f.decimal(group.avgOneWayKm) })];
  if (group.estimated) sentences.push(t(p.groupEstimated));

  const participants = f.count(sized.participants);
  if (sized.reasons.includes('uptake-model') && measure.uptake.model) {
    sentences.push(capitalise(t(p.uptakeModel, { inSentence, model: t(p.models[measure.uptake.model.switchers]), participants })));
  } else {
    sentences.push(capitalise(t(p.uptakeShare, { inSentence, participants, uptake: f.percent(measure.uptake.share.value) })));
  }
  sentences.push(...effectSentences(measure, sized, ctx));

  const gap = input.goalGap;
  if (sized.shareOfPeakGap !== null && sized.shareOfPeakGap > 0 && gap?.peakAvoidancesPerDay !== undefined) {
    sentences.push(t(p.peakGap, { share: f.percent(sized.shareOfPeakGap), gap: f.count(gap.peakAvoidancesPerDay) }));
  }
  if (sized.shareOfCo2Gap !== null && sized.shareOfCo2Gap > 0 && gap?.co2TonnesPerYear !== undefined) {
    sentences.push(t(p.co2Gap, { share: f.percent(sized.shareOfCo2Gap), gap: f.decimal(gap.co2TonnesPerYear) }));
  }
  const example = measure.seenAt?.find((s) => s.sector === input.sector);
  if (example) sentences.push(t(p.seenAt, { example: example.example[lang] }));
  if (ctx.supportedBy.length > 0) sentences.push(t(p.supportedBy, { list: ctx.supportedBy.join(', ') }));

  const thin = sized.thinParts.map((part) => t(part === 'uptake' ? p.thinUptake : p.thinEffect));
  const explanation = sentences.join(' ');
  return thin.length === 0 ? { explanation } : { explanation, warning: t(p.thinWarning, { what: thin.join(` ${t(p.and)} `) }) };
}
