import { describe, expect, it } from 'vitest';
import { reportTexts } from '../../../src/core/report/report-texts.js';
import { wpmSection } from '../../../src/core/report/tracking-parts.js';
import type { Co2Factor } from '../../../src/core/track/co2-from-km.js';
import { wpmCommuting } from '../../../src/core/track/wpm-commuting.js';
import { text } from '../../../src/core/i18n/index.js';
import { wpmNoteMessages } from '../../../src/core/track/wpm-note-messages.js';

const factor = (mode: string, fuel: string | undefined, ttw: number, unit: 'vkm' | 'pkm'): Co2Factor => ({
  mode, ...(fuel === undefined ? {} : { fuel }), gPerKmWtw: ttw, gPerKmTtw: ttw, unit, source: 'test', year: 2026,
});
const factors = [factor('auto', 'benzine', 160, 'vkm'), factor('fiets', undefined, 0, 'pkm')];
const wpm = wpmCommuting(
  [{ mode: 'auto', fuel: 'benzine', km: 120_000 }, { mode: 'carpool', fuel: 'benzine', km: 8000 }, { mode: 'fiets', km: 30_000 }, { mode: 'onbekend', km: 1500 }],
  factors,
  { year: 2026, inScope: 2148, outOfScope: 37, outReasons: [{ reason: 'no-allowance', count: 30 }, { reason: 'rows-unreadable', count: 7 }] },
);
const intro = (lang: 'nl' | 'en') => wpmSection(wpm, reportTexts(lang), lang).intro;

describe('the WPM section of a report', () => {
  it('says in Dutch who is in scope, with the figures of the table itself', () => {
    const nl = intro('nl');
    expect(nl).toContain('Een schatting van 2026 uit de scan (woon-werkafstand maal reisdagen), geen registratie van gereden kilometers.');
    expect(nl).toContain('Alleen medewerkers met een reiskostenvergoeding, een OV-kaart of een leaseauto tellen mee: 2.148 binnen en 37 buiten de rapportage.');
    expect(nl).toContain('Buiten de rapportage: 30 medewerkers zonder reiskostenvergoeding of OV-kaart.');
    expect(nl).toContain('Buiten de rapportage: 7 regels van de HR-export die niet te lezen waren.');
    expect(nl).toContain('1.500 km van medewerkers met een onbekende vervoerwijze hebben geen categorie en zijn weggelaten.');
    expect(nl).toContain('Carpoolkilometers zijn de eigen kilometers van elke medewerker; de CO2 is verdeeld over de mensen in de auto.');
  });

  it('says the same in English', () => {
    const en = intro('en');
    expect(en).toContain('Only employees with a travel allowance, a PT pass or a lease car count: 2,148 in scope and 37 out.');
    expect(en).toContain('Out of scope: 7 rows of the HR export that could not be read.');
    expect(en).toContain('1,500 km of employees whose mode is unknown have no category and are left out.');
    expect(en).toContain('Carpool kilometres are each employee’s own; the CO2 is shared by the people in the car.');
  });

  it('says the carpool assumption only when someone carpools', () => {
    const noCarpool = wpmCommuting([{ mode: 'fiets', km: 10 }], factors, { year: 2026, inScope: 12, outOfScope: 0 });
    const nl = wpmSection(noCarpool, reportTexts('nl'), 'nl').intro.join(' ');
    expect(nl).toContain('12 binnen en 0 buiten de rapportage');
    expect(nl).not.toMatch(/Carpool/);
  });

  it('says right after who should count that everyone counts, when the export has no allowance column', () => {
    const everyone = wpmCommuting([{ mode: 'fiets', km: 10 }], factors, { year: 2026, inScope: 460, outOfScope: 0 });
    everyone.assumptions.push(text(wpmNoteMessages, 'scopeEveryone'));
    const nl = wpmSection(everyone, reportTexts('nl'), 'nl').intro;
    const at = nl.findIndex((s) => s.includes('460 binnen en 0 buiten'));
    expect(nl[at + 1]).toBe('Let op: het HR-bestand heeft geen kolom voor de reiskostenvergoeding, dus telt elke gescande medewerker mee. Controleer dit tegen wie een vergoeding of OV-kaart krijgt.');
    const en = wpmSection(everyone, reportTexts('en'), 'en').intro.join(' ');
    expect(en).toContain('Note: the HR export has no travel-allowance column, so every scanned employee counts.');
    // and not where the export says who has an allowance
    expect(intro('nl').join(' ')).not.toContain('Let op');
  });
});
