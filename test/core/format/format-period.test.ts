import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../../src/core/format/format-period.js';

describe('formatPeriod', () => {
  it('writes a quarter as a reader does: K3 2026 in Dutch, Q3 2026 in English', () => {
    expect(formatPeriod('2026-Q3', 'nl')).toBe('K3 2026');
    expect(formatPeriod('2026-Q3', 'en')).toBe('Q3 2026');
  });

  it('writes a month by its short name', () => {
    expect(formatPeriod('2026-03', 'nl')).toBe('mrt 2026');
    expect(formatPeriod('2026-03', 'en')).toBe('Mar 2026');
    expect(formatPeriod('2025-12', 'nl')).toBe('dec 2025');
  });

  it('leaves any other label as it is', () => {
    expect(formatPeriod('2026', 'nl')).toBe('2026');
    expect(formatPeriod('2026-13', 'nl')).toBe('2026-13');
    expect(formatPeriod('nulmeting', 'en')).toBe('nulmeting');
  });
});
