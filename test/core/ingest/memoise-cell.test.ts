import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoiseCell } from '../../../src/core/ingest/memoise-cell.js';
import { parseTime } from '../../../src/core/ingest/parse-time.js';

describe('memoiseCell', () => {
  it('gives what the parser gives, for remembered and new values alike', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9:.u ]{0,6}$/), { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (cells, limit) => {
        const parse = memoiseCell(parseTime, limit);
        for (const cell of [...cells, ...cells]) expect(parse(cell)).toEqual(parseTime(cell));
      }),
    );
  });

  it('parses each distinct value once, up to the limit, and undefined results too', () => {
    let calls = 0;
    const parse = memoiseCell((raw: string) => {
      calls++;
      return raw === '' ? undefined : raw.length;
    }, 2);
    for (const cell of ['a', '', 'a', '', 'bb', 'bb', 'a']) parse(cell);
    expect(calls).toBe(4); // 'a' and '' remembered; 'bb' came after the limit
  });
});
