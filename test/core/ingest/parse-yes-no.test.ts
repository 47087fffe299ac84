import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/core/ingest/parse-yes-no.js';

describe('parseYesNo', () => {
  it.each([
    ['ja', true], ['Ja', true], ['JA', true], ['j', true], ['yes', true], ['Y', true], ['true', true], ['TRUE', true], ['1', true],
    ['waar', true], ['x', true], ['X', true], [' ja ', true],
    ['nee', false], ['Nee', false], ['n', false], ['no', false], ['false', false], ['0', false], ['onwaar', false], ['N', false],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseYesNo(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'misschien', 'Volkswagen Golf', '2', 'ja/nee', 'maybe'])('rejects %j', (raw) => {
    expect(parseYesNo(raw).ok).toBe(false);
  });
});
