import type { DirectMeasure } from './catalogue-schema.js';
import { selectGroup } from './select-group.js';
import { type AdviceInput, type AdviceSettings, DEFAULT_ADVICE_SETTINGS, type Evidence, EVIDENCE_LEVELS, type ReasonKey, type SizedMeasure } from './types.js';

const finite = (x: number): number => (Number.isFinite(x) ? Math.max(0, x) : 0);
const clamp01 = (x: number): number => Math.min(1, finite(x));
const weakest = (levels: Evidence[]): Evidence =>
  levels.reduce<Evidence>((w, l) => (EVIDENCE_LEVELS.indexOf(l) > EVIDENCE_LEVELS.indexOf(w) ? l : w), 'measured');
const gapShare = (amount: number, gap: number | undefined): number | null =>
  gap !== undefined && Number.isFinite(gap) && gap > 0 ? clamp01(amount / gap) : null;

/**
 * Sizes one measure for one company: the group it concerns, expected participants (the scan's
 * expected switchers where the measure uses a model, else the catalogue's uptake share), peak
 * car trips avoided a working day, tonnes CO2 a year, and the share of the goal gap each closes.
 *
 * CO2 per participant = 2 x one-way km x commuting days x (moved share x (car - replacement g/km)
 * + kept share x (car - cleaner car g/km)) / 1e6 (METHOD.md 6), plus any fixed saving. Moved
 * trips count as avoidances in proportion to the company's share of car trips in a peak, except
 * for a group selected as peak drivers.
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

  const tripsPerDay = settings.tripsPerCommutingDay;
  const tripsMoved = Math.min(tripsPerDay, finite(effect.tripsMovedPerDay.value));
  const { morning, evening } = input.carCommutersInPeak;
  const peakTripShare = measure.group.kind === 'carInPeak' ? 1 : input.carCommuters > 0 ? clamp01((morning + evening) / (tripsPerDay * input.carCommuters)) : 0;
  if (tripsMoved > 0) reasons.push('moves-trips');
  if (tripsMoved > 0 && measure.group.kind !== 'carInPeak') reasons.push('peak-share-company-average');
  const avoidancesPerDay = participants * tripsMoved * peakTripShare;

  const carGramsPerKm = finite(input.carGramsPerKm ?? settings.defaultCarGramsPerKm);
  const movedKmShare = (tripsMoved / tripsPerDay) * (1 - clamp01(effect.offPeakCarShare?.value ?? 0));
  const kmPerYear = tripsPerDay * finite(group.avgOneWayKm) * finite(input.commutingDaysPerYear);
  const movedGrams = movedKmShare * finite(carGramsPerKm - (effect.replacementGramsPerKm?.value ?? 0));
  const keptGrams = effect.cleanerCarGramsPerKm === undefined ? 0 : (1 - movedKmShare) * finite(carGramsPerKm - effect.cleanerCarGramsPerKm.value);
  if (effect.cleanerCarGramsPerKm !== undefined) reasons.push('cleaner-car');
  if (effect.co2KgPerParticipant !== undefined) reasons.push('fixed-co2');
  const fixedKg = finite(effect.co2KgPerParticipant?.value ?? 0);
  const co2TonnesPerYear = finite((participants * kmPerYear * (movedGrams + keptGrams)) / 1e6 + (participants * fixedKg) / 1000);

  // only the numbers that actually contributed decide the evidence level
  const effectEvidence: Evidence[] = [
    ...(tripsMoved > 0 ? [effect.tripsMovedPerDay.evidence] : []),
    ...(tripsMoved > 0 && effect.offPeakCarShare ? [effect.offPeakCarShare.evidence] : []),
    ...(tripsMoved > 0 && effect.replacementGramsPerKm ? [effect.replacementGramsPerKm.evidence] : []),
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
    shareOfPeakGap,
    shareOfCo2Gap,
    evidence,
    thinParts,
    reasons,
  };
}
