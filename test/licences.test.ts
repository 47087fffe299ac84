import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('licences', () => {
  it('ships the MIT licence package.json names, in the published files', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string; files: string[] };
    expect(read('LICENSE')).toContain('MIT License');
    expect(pkg.license.split(' AND ')).toEqual(expect.arrayContaining(['MIT', 'CC-BY-4.0', 'ODbL-1.0']));
    expect(pkg.files).toContain('LICENSE');
  });

  it('declares the licence of every shipped data table, the embedded font and the holiday data', () => {
    const attribution = read('data/ATTRIBUTION.md');
    for (const needed of ['data/postcodes/nl-pc4.tsv', 'data/places/places.json', 'data/stations/nl-stations.json', 'CC BY 4.0', 'ODbL', 'Open Font License', 'CC BY 3.0', 'date-holidays', '@fontsource/inter']) {
      expect(attribution, needed).toContain(needed);
    }
  });
});
