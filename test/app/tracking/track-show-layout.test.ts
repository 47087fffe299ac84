import { beforeEach, describe, expect, it } from 'vitest';
import { runMeasureAdd } from '../../../src/app/tracking/measure-actions.js';
import { runTrackBaseline, runTrackHeadcount } from '../../../src/app/tracking/track-baseline.js';
import { runTrackImport } from '../../../src/app/tracking/track-import.js';
import { runTrackShow } from '../../../src/app/tracking/track-show.js';
import { runGoalSet } from '../../../src/app/workspace/goal-actions.js';
import type { Lang } from '../../../src/core/i18n/index.js';
import { fakeContext, tempDir } from '../workspace/fake-context.js';
import { dailyCountsCsv, trackingWorkspace, writeInto } from './tracking-fixture.js';

let dir: string;
const show = async (lang: Lang) => {
  const { ctx, printed } = fakeContext(dir, { lang });
  await runTrackShow(ctx, { company: 'asz' });
  return printed.text[0]!;
};
/** The lines under a table's rule up to the next blank line, with the header lines above the rule. */
const headerLines = (text: string): string[] => {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => (/^-+( +-+)+$/.test(line) ? lines.slice(Math.max(0, i - 2), i) : []));
};

// Everything at once: a moved headcount (per-head columns), registrations beside the counts, and
// measures from the catalogue: the widest the tables get.
beforeEach(async () => {
  dir = await trackingWorkspace([{ id: 'asz', headcount: 3000 }]);
  const counts = dailyCountsCsv([
    { from: '2025-01-01', to: '2025-03-31', morning: 1004, evening: 797 },
    { from: '2025-04-01', to: '2025-09-30', morning: 964, evening: 767 },
    { from: '2025-10-01', to: '2025-10-31', morning: 900, evening: 700 }, // a third of Q4: provisional
  ]);
  await runTrackImport(fakeContext(dir).ctx, writeInto(tempDir(), 'tellingen.csv', counts), { company: 'asz', kind: 'counts' });
  const registrations = 'Datum;Aantal;Modaliteit\n02-06-2025;12;fiets\n03-06-2025;9;fiets\n';
  await runTrackImport(fakeContext(dir).ctx, writeInto(tempDir(), 'app.csv', registrations), { company: 'asz', kind: 'registrations' });
  await runTrackBaseline(fakeContext(dir).ctx, { company: 'asz', from: '2025-01-01', to: '2025-03-31' });
  await runTrackHeadcount(fakeContext(dir).ctx, { company: 'asz', from: '2025-07-01', headcount: '3300' });
  await runGoalSet(fakeContext(dir).ctx, { company: 'asz', kind: 'peak-avoidance', targetPct: '10', targetYear: '2027' });
  await runMeasureAdd(fakeContext(dir).ctx, { company: 'asz', measure: 'ebike-trial-pool', start: '2025-05-12', note: '40 e-bikes' });
  await runMeasureAdd(fakeContext(dir).ctx, { company: 'asz', measure: 'european-mobility-week', start: '2025-09-16' });
  await runMeasureAdd(fakeContext(dir).ctx, { company: 'asz', measure: 'Lunchwandeling met de directie', start: '2025-10-02' });
});

describe('track show reads well in 80 columns', () => {
  it('in Dutch: whole header words, measures by their Dutch name, no ids, nothing wider than 80', async () => {
    const text = await show('nl');
    for (const line of text.split('\n').filter((l) => !l.startsWith('~ ') && !l.startsWith('Spitsdoel') && !l.startsWith('Nulmeting') && !l.startsWith('Gemelde'))) {
      expect(line.length, line).toBeLessThanOrEqual(80);
    }
    // no header word cut short ("verm.", "aand.", "ge. dag")
    for (const line of headerLines(text)) expect(line, text).not.toMatch(/\b[a-z]+\.(\s|$)/);
    for (const word of ['dagen', 'gemeten', 'ochtend', 'avond', 'totaal', 'vermeden', 'nulmeting', 'medewerkers', 'autoritten']) expect(headerLines(text).join(' ')).toContain(word);
    // the moved headcount: a per-employee table (3.300 from K3 2025 on)
    expect(text).toContain('Per medewerker (het aantal medewerkers veranderde)');
    expect(text).toMatch(/^K3 2025 +3\.300 +52,5 +12,6%$/m);
    expect(text).toMatch(/^K2 2025 +12-05-2025 +E-bike-proefpool \(40 e-bikes\)$/m);
    expect(text).toMatch(/^K3 2025 +16-09-2025 +Meedoen aan de Europese Mobiliteitsweek$/m);
    expect(text).toMatch(/^K4 2025 +02-10-2025 +Lunchwandeling met de directie$/m);
    expect(text).not.toMatch(/ebike-trial-pool|european-mobility-week|\bQ[1-4]\b/);
    // the registrations stand in a table of their own, never mixed into the counts
    expect(text).toContain('Gemelde vermeden ritten per werkdag');
    expect(text).toMatch(/^K2 2025 +0,3 +/m); // 21 registered over 61 working days
    // the status word once, not "GEHAALD, gehaald"
    expect(text).toMatch(/^Spitsdoel \(bedrijf, absoluut\): [A-Z ]+: /m);
    expect(text).not.toMatch(/GEHAALD, gehaald|ACHTER, achter|OP KOERS, op koers/);
  });

  it('in English the same layout, with English measure names', async () => {
    const text = await show('en');
    for (const line of headerLines(text)) expect(line, text).not.toMatch(/\b[a-z]+\.(\s|$)/);
    for (const line of text.split('\n').filter((l) => /^\d{4}-Q\d|^-+ /.test(l))) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^Q2 2025 +2025-05-12 +E-bike trial pool \(40 e-bikes\)$/m);
    expect(text).not.toContain('ebike-trial-pool');
    for (const word of ['days', 'measured', 'morning', 'evening', 'total', 'avoided', 'baseline', 'employees']) expect(headerLines(text).join(' ')).toContain(word);
  });
});
