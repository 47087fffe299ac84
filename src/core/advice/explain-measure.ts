import type { DirectMeasure, Phrases } from './catalogue-schema.js';
import { fillTemplate } from './fill-template.js';
import type { NumberFormats } from './format-numbers.js';
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

/**
 * A plain-language paragraph with the numbers that triggered the measure, and a separate warning
 * sentence when the evidence behind a number is thin (so a report can show it apart).
 */
export function explainMeasure(measure: DirectMeasure, sized: SizedMeasure, group: SelectedGroup, ctx: ExplainContext): { explanation: string; warning?: string } {
  const { phrases: p, lang, formats: f, input } = ctx;
  const t = (template: { nl: string; en: string }, values: Record<string, string> = {}): string => fillTemplate(template[lang], values);
  const range =
    group.fromKm === undefined
      ? ''
      : group.toKm === null || group.toKm === undefined
        ? t(p.rangeOpen, { fromKm: f.decimal(group.fromKm) })
        : t(p.range, { fromKm: f.decimal(group.fromKm), toKm: f.decimal(group.toKm) });
  const inSentence = measure.inSentence[lang];
  const sentences = [t(p.groups[measure.group.kind], { count: f.count(group.count), range, km: f.decimal(group.avgOneWayKm) })];
  if (group.estimated) sentences.push(t(p.groupEstimated));

  const participants = f.count(sized.participants);
  if (sized.reasons.includes('uptake-model') && measure.uptake.model) {
    sentences.push(capitalise(t(p.uptakeModel, { inSentence, model: t(p.models[measure.uptake.model.switchers]), participants })));
  } else {
    sentences.push(capitalise(t(p.uptakeShare, { inSentence, participants, uptake: f.percent(measure.uptake.share.value) })));
  }

  const co2 = f.decimal(sized.co2TonnesPerYear);
  sentences.push(sized.avoidancesPerDay > 0 ? t(p.effect, { avoidances: f.decimal(sized.avoidancesPerDay), co2 }) : t(p.effectCo2Only, { co2 }));
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
