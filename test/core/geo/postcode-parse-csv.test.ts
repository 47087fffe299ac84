import { describe, expect, it } from 'vitest';
import { buildPostcodeImport } from '../../../src/core/geo/postcode-import.js';
import { parsePostcodeCsv } from '../../../src/core/geo/postcode-parse-csv.js';
import { renderText } from '../../../src/core/i18n/index.js';

describe('importing a CSV with Dutch RD coordinates', () => {
  // Dutch Excel style: semicolons, decimal commas, PC6 in any spacing
  const csv = [
    'Postcode;X;Y',
    '3811 AB;155000;463000',
    '3811ac;155200,5;463200,5',
    '1011AB;121800;487400',
    '1011 AC;121900;487500',
    'ABCD;155000;463000',
    '3812;;',
    '',
  ].join('\r\n');
  const result = buildPostcodeImport([{ name: 'pc6.csv', text: csv }]);

  it('converts RD to WGS84 (Amersfoort 155000, 463000 -> 52.15517, 5.38721)', () => {
    const p = result.table.pc6.get('3811AB')!;
    expect(p.lat).toBeCloseTo(52.15517, 4);
    expect(p.lon).toBeCloseTo(5.38721, 4);
    expect(result.sources[0]?.coordinates).toBe('rd');
  });

  it('averages PC6s into their PC4', () => {
    const a = result.table.pc6.get('3811AB')!;
    const b = result.table.pc6.get('3811AC')!;
    const pc4 = result.table.pc4.get('3811')!;
    expect(pc4.lat).toBeCloseTo((a.lat + b.lat) / 2, 9);
    expect(pc4.lon).toBeCloseTo((a.lon + b.lon) / 2, 9);
    expect(result.counts).toEqual({ pc4: 2, pc6: 4, foreign: 0, places: 0 });
  });

  it('counts rejected rows by reason and keeps their line numbers', () => {
    const source = result.sources[0]!;
    expect(source.rowsRead).toBe(6);
    expect(source.rowsAccepted).toBe(4);
    expect(source.rejectExamples.map((r) => r.line)).toEqual([6, 7]);
    expect(Object.keys(source.rejects)).toHaveLength(2);
    expect(source.rejects['bad-coordinates']).toBe(1);
  });
});

describe('parsePostcodeCsv', () => {
  it('reads lat/lon columns with a country column into foreign postcodes', () => {
    const parsed = parsePostcodeCsv('pc,lat,lon,land\n3311,51.8131,4.6685,NL\n47533,51.79,6.14,DE\n2000,51.22,4.40,België\n');
    expect('rows' in parsed && parsed.rows.map((r) => [r.country, r.kind, r.key])).toEqual([
      ['NL', 'pc4', '3311'],
      ['DE', 'foreign', '47533'],
      ['BE', 'foreign', '2000'],
    ]);
  });

  it('reads columns called x and y that hold degrees as lon and lat', () => {
    const parsed = parsePostcodeCsv('postcode\tx\ty\n3311\t4.6685\t51.8131\n');
    expect('rows' in parsed && parsed.rows[0]).toMatchObject({ lat: 51.8131, lon: 4.6685 });
  });

  it('rejects Dutch postcodes with coordinates outside the Netherlands', () => {
    const parsed = parsePostcodeCsv('postcode,lat,lon\n3311,48.85,2.35\n');
    const rejects = 'rejects' in parsed ? parsed.rejects : [];
    expect(rejects.map((r) => [r.line, r.code, renderText(r.reason, 'en'), renderText(r.reason, 'nl')])).toEqual([
      [2, 'outside-nl', 'coordinates outside the Netherlands', 'coördinaten buiten Nederland'],
    ]);
  });

  it('says which column is missing when the header lacks coordinates or postcodes', () => {
    const problem = (csv: string) => {
      const parsed = parsePostcodeCsv(csv);
      return 'problem' in parsed ? [renderText(parsed.problem, 'nl'), renderText(parsed.problem, 'en')] : [];
    };
    expect(problem('postcode,place\n3311,Dordrecht\n')).toEqual(['geen coördinaatkolommen in de kopregel (verwacht lat + lon, of x + y in RD)', 'no coordinate columns in the header (expected lat + lon, or x + y in RD)']);
    expect(problem('code,lat,lon\n3311,51.8,4.6\n')[0]).toMatch(/^geen postcodekolom in de kopregel \(verwacht een van: postcode, pc, /);
    expect(problem('code,lat,lon\n3311,51.8,4.6\n')[1]).toMatch(/^no postcode column in the header/);
  });
});
