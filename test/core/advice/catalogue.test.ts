import { describe, expect, it } from 'vitest';
import { adviseCompany } from '../../../src/core/advice/advise-company.js';
import { parseCatalogue } from '../../../src/core/advice/parse-catalogue.js';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import { hospital, loadCatalogue, readCatalogueJson } from './fixtures.js';

const catalogue = loadCatalogue();
const direct = catalogue.measures.filter((m) => m.kind === 'direct');

/** Every {value, evidence, source} triple anywhere in a measure. */
function sourcedNumbers(node: unknown, out: { value: number; evidence: string; source: { nl: string; en: string } }[] = []): typeof out {
  if (node && typeof node === 'object') {
    if ('value' in node && 'evidence' in node) out.push(node as (typeof out)[number]);
    for (const child of Object.values(node)) sourcedNumbers(child, out);
  }
  return out;
}

describe('the advice catalogue (templates/advice/measures.json)', () => {
  it('validates against the schema', () => {
    expect(parseCatalogue(readCatalogueJson())).toMatchObject({ ok: true });
  });

  it('holds the measures seen at alliance members', () => {
    const ids = catalogue.measures.map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of ['bike-plan', 'ebike-trial-pool', 'pt-trial-card', 'ns-business-card', 'bike-mechanic', 'cyclist-breakfast', 'posters',
      'park-and-ride-map', 'poll-column', 'daily-chat', 'discount-bike', 'carpool-matching', 'flexible-hours-homework', 'lease-car-reward',
      'personal-co2-budget', 'train-instead-of-short-flights', 'zero-emission-lease', 'parking-policy', 'mobility-budget',
      'european-mobility-week', 'declaration-of-intent']) {
      expect(ids).toContain(id);
    }
  });

  it('gives every measure a Dutch and an English title, summary and cost text', () => {
    for (const m of catalogue.measures) {
      for (const lang of ['nl', 'en'] as const) {
        expect(m.title[lang].trim(), `${m.id} ${lang}`).not.toBe('');
        expect(m.summary[lang].trim()).not.toBe('');
        expect(m.cost.euros[lang].trim()).not.toBe('');
      }
      expect(m.title.nl).not.toBe(m.title.en);
    }
  });

  it('gives every number of a direct measure a source and an evidence level', () => {
    for (const m of direct) {
      const numbers = sourcedNumbers(m);
      expect(numbers.length, m.id).toBeGreaterThanOrEqual(2);
      for (const n of numbers) for (const lang of ['nl', 'en'] as const) expect(n.source[lang].length, `${m.id}: ${n.value}`).toBeGreaterThan(10);
      if (m.uptake.model) expect(m.uptake.model.source.nl.length).toBeGreaterThan(10);
    }
  });

  it('marks posters, chat, poll, breakfast and mobility week as supporting, without an effect of their own', () => {
    for (const id of ['posters', 'daily-chat', 'poll-column', 'cyclist-breakfast', 'bike-mechanic', 'european-mobility-week']) {
      const m = catalogue.measures.find((x) => x.id === id);
      expect(m?.kind).toBe('supporting');
      expect(m).not.toHaveProperty('effect');
    }
  });

  it('explains every direct measure in both languages without an unknown placeholder', () => {
    const everyone = { ...hospital, shortBusinessFlightsPerYear: 100 };
    for (const lang of ['nl', 'en'] as const) {
      const advice = adviseCompany(catalogue, everyone, { lang, top: Number.POSITIVE_INFINITY });
      expect(advice.measures.map((m) => m.id).sort()).toEqual(direct.map((m) => m.id).sort());
      for (const m of advice.measures) expect(`${m.explanation} ${m.warning ?? ''}`).not.toMatch(/[{}]/);
    }
  });

  it('rejects duplicate ids, supports that point nowhere and a missing translation', () => {
    const json = readCatalogueJson() as { measures: Record<string, unknown>[] };
    const first = json.measures[0];
    const supporting = json.measures.find((m) => m.kind === 'supporting');
    const broken = {
      ...json,
      measures: [...json.measures, { ...first }, { ...supporting, id: 'loose-end', supports: ['nothing-here'] }],
    };
    const result = parseCatalogue(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const lines = (lang: Lang) => result.errors.map((e) => renderText(e, lang)).join('\n');
      expect(lines('en')).toMatch(/'bike-plan' occurs more than once/);
      expect(lines('en')).toMatch(/'nothing-here' is not a direct measure/);
      expect(lines('nl')).toMatch(/‘bike-plan’ komt meer dan eens voor/);
      expect(lines('nl')).toMatch(/‘nothing-here’ is geen directe maatregel/);
    }
    const untranslated = parseCatalogue({ ...json, measures: [{ ...first, title: { nl: 'Fietsplan' } }] });
    expect(untranslated.ok).toBe(false);
    if (!untranslated.ok) {
      expect(untranslated.errors.map((e) => renderText(e, 'en'))).toEqual([expect.stringMatching(/^measures\.0\.title\.en: must be a text$/)]);
      expect(untranslated.errors.map((e) => renderText(e, 'nl'))).toEqual(['measures.0.title.en: moet een tekst zijn']);
    }
  });
});
