import type { Catalogue, Measure } from './catalogue-schema.js';
import { fillTemplate } from './fill-template.js';
import type { NumberFormats } from './format-numbers.js';
import type { Lang } from './types.js';
import { formatPeriod } from '../format/format-period.js';

/** A measure the company already took, as recorded in the workspace (a catalogue id or free text). */
export interface RecordedMeasure {
  measure: string;
  /** 'YYYY-MM-DD'. */
  startDate: string;
}

/** A measured period of the company's peak counts against its baseline. */
export interface CountedPeriod {
  label: string;
  from: string;
  to: string;
  avoidedPerDay: number;
  share: number | null;
}

/** A recorded measure shown as running, never advised again. */
export interface RunningMeasure {
  /** The catalogue id when the record names a catalogue measure. */
  id: string | null;
  title: string;
  startDate: string;
  /** Avoidances per working day in the last period before the start and the latest period after it. */
  before: CountedPeriod | null;
  after: CountedPeriod | null;
  /** Supporting measures not yet taken that could strengthen it. */
  strengthenWith: string[];
  /** "Loopt sinds 01-04-2025. De tellingen: ..." */
  text: string;
}

const normalise = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The catalogue measure a record names, by id or by its Dutch or English title. */
export function findMeasure(catalogue: Catalogue, record: string): Measure | undefined {
  const key = normalise(record);
  return catalogue.measures.find((m) => normalise(m.id) === key || normalise(m.title.nl) === key || normalise(m.title.en) === key);
}

const dateText = (iso: string, lang: Lang): string => {
  const [y, m, d] = iso.split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
};

/**
 * The recorded measures as running, each with what the counts show since it started: the last
 * period that ended before the start and the latest period after it (both against the baseline).
 * A measure recorded twice shows once, from its first start.
 */
export function runningMeasures(catalogue: Catalogue, recorded: readonly RecordedMeasure[], periods: readonly CountedPeriod[], lang: Lang, f: NumberFormats): RunningMeasure[] {
  const p = catalogue.phrases;
  const taken = new Set(recorded.map((r) => findMeasure(catalogue, r.measure)?.id).filter((id): id is string => id !== undefined));
  const seen = new Set<string>();
  const out: RunningMeasure[] = [];
  for (const r of [...recorded].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const measure = findMeasure(catalogue, r.measure);
    const key = measure?.id ?? normalise(r.measure);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = periods.filter((x) => x.to < r.startDate).at(-1) ?? null;
    const after = periods.filter((x) => x.from >= r.startDate).at(-1) ?? null;
    const strengthenWith = measure?.kind === 'direct'
      ? catalogue.measures.filter((m) => m.kind === 'supporting' && m.supports.includes(measure.id) && !taken.has(m.id)).map((m) => m.title[lang])
      : [];
    const sentences = [fillTemplate(p.running[lang], { date: dateText(r.startDate, lang) })];
    if (after === null) sentences.push(p.runningNoCounts[lang]);
    else {
      const values = { after: f.count(after.avoidedPerDay), periodAfter: formatPeriod(after.label, lang), share: after.share === null ? '-' : f.percent(after.share) };
      sentences.push(before === null
        ? fillTemplate(p.runningCountsNoBefore[lang], values)
        : fillTemplate(p.runningCounts[lang], { ...values, before: f.count(before.avoidedPerDay), periodBefore: formatPeriod(before.label, lang) }));
    }
    if (strengthenWith.length > 0) sentences.push(fillTemplate(p.runningStrengthen[lang], { list: strengthenWith.join(', ') }));
    out.push({ id: measure?.id ?? null, title: measure ? measure.title[lang] : r.measure, startDate: r.startDate, before, after, strengthenWith, text: sentences.join(' ') });
  }
  return out;
}
