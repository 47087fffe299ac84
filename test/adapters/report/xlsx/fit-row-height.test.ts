import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../../../src/adapters/report/xlsx/fit-row-height.js';

describe('wrappedLines', () => {
  it('counts the lines a text wraps to, breaking between words', () => {
    expect(wrappedLines('short', 10)).toBe(1);
    expect(wrappedLines('one two three', 9)).toBe(2);
    expect(wrappedLines('one two three four', 9)).toBe(3);
    expect(wrappedLines('first\nsecond', 40)).toBe(2);
  });

  it('gives a word longer than the width a line of its own', () => {
    expect(wrappedLines('a verylongwordindeed b', 5)).toBe(3);
  });
});
