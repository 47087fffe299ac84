import type { DirectMeasure } from './catalogue-schema.js';
import { selectGroup } from './select-group.js';
import { type AdviceInput, type AdviceSettings, DEFAULT_ADVICE_SETTINGS, type Evidence, EVIDENCE_LEVELS, type ReasonKey, type SizedMeasure } from './types.js';
import { tripEffect } from './trip-effect.js';

const finite = (x: number): number => (Number.isFinite(x) ? Math.max(0, x) : 0);
const clamp01 = (x: number): number => Math.min(1, finite(x));
const weakest = (levels: Evidence[]): Evidence =>
  levels.reduce<Evidence>((w, l) => (EVIDENCE_LEVELS.indexOf(l) > EVIDENCE_LEVELS.indexOf(w) ? l : w), 'measured');
const gapShare = (amount: number, gap: number | undefined): number | null =>
  gap !== undefined && Number.isFinite(gap) && gap > 0 ? clamp01(amount / gap) : null;

/** The company's own CO2 per car-km, or the generic default when the scan gave none. */
export function carGramsPerKmOf(input: AdviceInput, settings: AdviceSettings = DEFAULT_ADVICE_SETTINGS): { grams: number; fromFuelMix: boolean } {
  const own = input.carGramsPerKm;
  return own !== undefined && Number.isFinite(own) && own > 0 ? { grams: own, fromFuelMix: true } : { grams: settings.defaultCarGramsPerKm, fromFuelMix: false };
}

/**
 * Sizes one measure for one company: the group it concerns, expected participants (the scan's
 * scenario switchers where the measure uses a model, else the catalogue's uptake share), peak car
 * trips avoided a working day, tonnes CO2 a year, and the share of the goal gap each closes.
 *
 * Avoidances follow the unit of the measure's public figure, so the peak share is applied once
 * (see tripEffect). CO2 = car trips removed a year x one-way km x (own car g/km - replacement g/km),
 * plus the cleaner car on the km still driven and any fixed saving (docs/method.md, Advice). A
 * one-off measure gives its effect for its duration; only a retained share with a public figure
 * counts as lasting.
 */
export function sizeMeasure(measure: DirectMeasure, input: AdviceInput, settings: AdviceSettings = DEFAULT_ADVICE_SETTINGS): SizedMeasure {
  const group = selectGroup(measure.group, input);
  const reasons: ReasonKey[] = group.estimated ? ['group-estimated'] : [];
  const { uptake, effect } = measure;

  const modelSwitchers = uptake.model === undefined ? undefined : group.expectedSwitchers[uptake.model.switchers];
  const useModel = uptake.model !== undefined && modelSwitchers !== undefined;
  if (uptake.model !== undefined) reasons.push(useModel ? 'uptake-model' : 'uptake-model-missing');
  if (!useModel) reasons.push('uptake-share');
  const uptakeEvidence = useModel && uptake.model ? uptake.model.evidence : uptake.share.evidence;
  const participants = Math.min(group.count, finite(useModel ? (modelSwitchers ?? 0) : group.count * uptake.share.value));

  const trips = tripEffect(effect, participants, input, settings);
  reasons.push(...trips.reasons);
  const car = carGramsPerKmOf(input, settings);
  if (!car.fromFuelMix) reasons.push('car-factor-default');
  const km = finite(group.avgOneWayKm);
  const removedKmPerYear = trips.carTripsRemovedPerYear * km;
  const movedGrams = finite(car.grams - (effect.replacementGramsPerKm?.value ?? 0));
  const drivenKmPerYear = participants * settings.tripsPerCommutingDay * km * finite(input.commutingDaysPerYear);
  const keptGrams = effect.cleanerCarGramsPerKm === undefined ? 0 : finite(car.grams - effect.cleanerCarGramsPerKm.value);
  if (effect.cleanerCarGramsPerKm !== undefined) reasons.push('cleaner-car');
  if (effect.co2KgPerParticipant !== undefined) reasons.push('fixed-co2');
  const fixedKg = finite(effect.co2KgPerParticipant?.value ?? 0);
  const fullCo2 = finite((removedKmPerYear * movedGrams + finite(drivenKmPerYear - removedKmPerYear) * keptGrams) / 1e6 + (participants * fixedKg) / 1000);

  let avoidancesPerDay = trips.avoidancesPerDay;
  let co2TonnesPerYear = fullCo2;
  let oneOff: SizedMeasure['oneOff'];
  if (measure.oneOff) {
    reasons.push('one-off');
    const workingDays = finite(measure.oneOff.durationWorkingDays.value);
    const retained = measure.oneOff.retainedShare === undefined ? null : clamp01(measure.oneOff.retainedShare.value);
    const yearShare = input.workingDaysPerYear > 0 ? Math.min(1, workingDays / input.workingDaysPerYear) : 0;
    oneOff = { workingDays, avoidancesPerDayDuring: avoidancesPerDay, avoidancesDuring: avoidancesPerDay * workingDays, co2TonnesDuring: fullCo2 * yearShare, retainedShare: retained };
    avoidancesPerDay *= retained ?? 0;
    co2TonnesPerYear *= retained ?? 0;
  }

  // only the numbers that actually contributed decide the evidence level
  const moved = trips.carTripsRemovedPerYear > 0 || trips.avoidancesPerDay > 0;
  const effectEvidence: Evidence[] = [
    ...(moved && trips.figure ? [trips.figure.evidence] : []),
    ...(moved && effect.offPeakCarShare ? [effect.offPeakCarShare.evidence] : []),
    ...(moved && effect.replacementGramsPerKm ? [effect.replacementGramsPerKm.evidence] : []),
    ...(effect.cleanerCarGramsPerKm ? [effect.cleanerCarGramsPerKm.evidence] : []),
    ...(effect.co2KgPerParticipant ? [effect.co2KgPerParticipant.evidence] : []),
  ];
  const thinParts: SizedMeasure['thinParts'] = [
    ...(uptakeEvidence === 'thin' ? (['uptake'] as const) : []),
    ...(effectEvidence.includes('thin') ? (['effect'] as const) : []),
  ];
  const evidence = weakest([uptakeEvidence, ...effectEvidence]);
  if (evidence === 'thin') reasons.push('evidence-thin');

  const shareOfPeakGap = gapShare(avoidancesPerDay, input.goalGap?.peakAvoidancesPerDay);
  const shareOfCo2Gap = gapShare(co2TonnesPerYear, input.goalGap?.co2TonnesPerYear);
  if (shareOfPeakGap !== null && shareOfPeakGap > 0) reasons.push('closes-peak-gap');
  if (shareOfCo2Gap !== null && shareOfCo2Gap > 0) reasons.push('closes-co2-gap');
  if (input.sector !== undefined && measure.seenAt?.some((s) => s.sector === input.sector)) reasons.push('seen-in-sector');

  return {
    id: measure.id,
    group: { label: group.label, count: group.count, known: group.known },
    participants,
    avoidancesPerDay,
    co2TonnesPerYear,
    ...(oneOff && { oneOff }),
    carGramsPerKm: car.grams,
    shareOfPeakGap,
    shareOfCo2Gap,
    evidence,
    thinParts,
    reasons,
  };
}
