import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { CompanyInput } from '../../../src/core/workspace/types.js';

/** A fresh temporary folder per call, removed after the test. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mobiscan-store-'));
  made.push(dir);
  return dir;
}

/** A fixed clock, so timestamps and backup names are predictable. */
export const fixedNow = () => new Date('2025-03-01T09:30:00.000Z');

/** A realistic member company. */
export function hospital(overrides: Partial<CompanyInput> = {}): CompanyInput {
  return {
    id: 'asz',
    name: 'Albert Schweitzer ziekenhuis',
    sector: 'zorg',
    headcount: 3000,
    declarationSigned: '2023-05-11',
    sharesWithAlliance: true,
    locations: [
      { name: 'Dordwijk', address: 'Albert Schweitzerplaats 25, 3318 AT Dordrecht', postcode: '3318AT', lat: 51.7955, lon: 4.6761 },
      { name: 'Zwijndrecht', address: null, postcode: '3331', lat: null, lon: null },
    ],
    ...overrides,
  };
}
