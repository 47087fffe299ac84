import { describe, expect, it } from 'vitest';
import { sheetNamer } from '../../../../src/adapters/report/xlsx/sheet-namer.js';

describe('sheetNamer', () => {
  it('replaces the characters Excel refuses and cuts names to 31 characters', () => {
    const name = sheetNamer();
    expect(name('CO2 [t]: per mode/year? *\\')).toBe('CO2 -t-- per mode-year- --');
    const long = name('Spitsmijdingen per kwartaal en per vestiging van het bedrijf');
    // 31 characters, less the space the cut leaves at the end
    expect(long).toBe('Spitsmijdingen per kwartaal en');
  });

  it('keeps names unique, ignoring case, within the length limit', () => {
    const name = sheetNamer();
    expect(name('Doelen')).toBe('Doelen');
    expect(name('doelen')).toBe('doelen (2)');
    expect(name('Doelen')).toBe('Doelen (3)');
    const long = 'A'.repeat(40);
    expect(name(long)).toBe('A'.repeat(31));
    expect(name(long)).toBe(`${'A'.repeat(27)} (2)`);
  });

  it('never gives an empty name, an apostrophe at either end or the reserved History', () => {
    const name = sheetNamer();
    expect(name('  ')).toBe('Sheet');
    expect(name("'quoted'")).toBe('quoted');
    expect(name('History')).toBe('History (2)');
  });

  it('does not split a character made of two code units', () => {
    const name = sheetNamer();
    expect(name(`${'x'.repeat(30)}🚲`)).toBe('x'.repeat(30));
  });
});
