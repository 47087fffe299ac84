import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateStoredZip } from '../../../../src/adapters/report/xlsx/deflate-zip.js';
import { loadExcelWriter } from '../../../../src/adapters/report/xlsx/load-excel-writer.js';
import { loadWorkbook } from './load-workbook.js';

/** The entries of a zip as its central directory lists them, with their data unpacked. */
function entries(zip: Buffer): { name: string; method: number; crc: number; size: number; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  return Array.from({ length: zip.readUInt16LE(end + 10) }, () => {
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt16LE(local + 8), `${name}: local and central method`).toBe(method);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const entry = { name, method, crc: zip.readUInt32LE(at + 16), size: zip.readUInt32LE(at + 24), data: method === 8 ? inflateRawSync(packed) : packed };
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    return entry;
  });
}

async function storedWorkbook(): Promise<Buffer> {
  const ExcelJS = loadExcelWriter();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Medewerkers');
  sheet.addRow(['Postcodegebied', 'Medewerkers', 'Aandeel auto']);
  for (let i = 0; i < 500; i++) sheet.addRow([`${3300 + i} Dordrecht`, 40 + (i % 90), (i % 100) / 100]);
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
}

describe('deflateStoredZip', () => {
  it('compresses every entry, keeps its name, CRC-32, size and content, and exceljs reads the workbook back', async () => {
    const stored = await storedWorkbook();
    const before = entries(stored);
    expect(before.every((e) => e.method === 0)).toBe(true);
    const zip = deflateStoredZip(stored);
    expect(zip.length).toBeLessThan(stored.length / 3);
    const after = entries(zip);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const [i, entry] of after.entries()) {
      expect(entry.data.equals(before[i]!.data), entry.name).toBe(true);
      expect(entry.crc, entry.name).toBe(crc32(entry.data));
      expect(entry.size).toBe(entry.data.length);
    }
    expect(after.some((e) => e.method === 8)).toBe(true);
    const sheet = (await loadWorkbook(zip)).getWorksheet('Medewerkers')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '3300 Dordrecht', 40, 0]);
    expect(sheet.rowCount).toBe(501);
  });

  it('copies a zip whose entries are compressed already as it is', async () => {
    const ExcelJS = loadExcelWriter();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad').addRow(['a', 1]);
    const deflated = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(deflateStoredZip(deflated).equals(deflated)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => deflateStoredZip(Buffer.from('geen zip'))).toThrow(/not a zip/);
  });
});
