import { allianceText } from '../../../src/core/report/alliance/alliance-messages.js';
import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../../src/core/report/report-labels.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';


describe('the report texts and labels', () => {
  it('have the same keys in Dutch and English', () => {
    const nl = Object.keys(reportTexts('nl').messages).sort();
    const en = Object.keys(reportTexts('en').messages).sort();
    expect(nl).toEqual(en);
  });

  it('count with plural rules, not "6 Deelnemer"', () => {
    // the alliance report's own catalogue (src/core/report/alliance/alliance-messages.ts)
    const nl = allianceText('nl');
    expect(nl('subtitleEmployees', { members: 6, employees: '8.152' })).toBe('6 deelnemers · 8.152 medewerkers');
    expect(nl('subtitleEmployees', { members: 1, employees: '900' })).toBe('1 deelnemer · 900 medewerkers');
    expect(nl('kfMembers', { n: 6 })).toBe('Deelnemers');
    expect(allianceText('en')('subtitleEmployees', { members: 1, employees: '900' })).toBe('1 member · 900 employees');
  });

  it('give one evidence and status word per language, which both writers render', () => {
    const labels = reportLabels(reportTexts('nl'), { threshold: 5, generatedBy: '' });
    expect(labels.evidenceWords).toEqual({ measured: 'gemeten', indicative: 'indicatief', thin: 'beperkt' });
    expect(labels.statusWords.behind).toBe('achter');
    expect(labels.suppressed).toBe('<5');
    expect(labels.suppressedNote).toContain('5');
  });

  it('name no file, setting, command or flag in any report text', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, pattern] of Object.entries(reportTexts(lang).messages)) {
        expect(pattern, `${lang}.${key}`).not.toMatch(/METHOD\.md|mobiscan [a-z]|--[a-z]|\.json|\.csv|`/);
      }
    }
  });
});
