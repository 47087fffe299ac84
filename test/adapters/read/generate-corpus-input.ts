/**
 * Inputs of the bad-input corpus that are too big or too binary to commit: workbooks built with
 * exceljs and huge CSV lines, written at test time into a temporary folder.
 */
import { truncate, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

type Generator = (path: string) => Promise<void>;

/** Saves a workbook built by `fill` to `path`. */
async function workbook(path: string, fill: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  fill(book);
  await writeFile(path, Buffer.from(await book.xlsx.writeBuffer()));
}

/** A zip of stored (uncompressed) entries, for containers exceljs would refuse to write. */
function storedZip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const simple: Generator = (path) =>
  workbook(path, (book) => {
    const sheet = book.addWorksheet('Medewerkers');
    sheet.addRows([['Postcode', 'Vestiging', 'FTE'], ['3311AB', 'Dordrecht', 1], ['3312AB', 'Gorinchem', 0.8]]);
  });

const twoFilled: Generator = (path) =>
  workbook(path, (book) => {
    book.addWorksheet('Medewerkers').addRows([['Postcode', 'Vestiging'], ['3311AB', 'Dordrecht'], ['3312AB', 'Gorinchem']]);
    book.addWorksheet('Locaties').addRows([['Locatie', 'Postcode'], ['Dordrecht', '3311JA']]);
  });

const utcTime = (h: number, m: number, s = 0) => new Date(Date.UTC(1899, 11, 30, h, m, s));

/** Generators by the name used in a case's expected.json. */
export const GENERATORS: Record<string, Generator> = {
  'simple-workbook': simple,
  'truncated-workbook': async (path) => {
    await simple(path);
    await truncate(path, 1500);
  },
  'workbook-with-broken-xml': async (path) =>
    writeFile(path, storedZip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook><sheets><sheet name="A"']])),
  'ten-thousand-columns': async (path) => {
    const line = (prefix: string) => Array.from({ length: 10_000 }, (_, i) => `${prefix}${i + 1}`).join(';');
    await writeFile(path, [line('Kolom'), line('a'), line('b')].join('\r\n') + '\r\n');
  },
  'five-mb-single-line': async (path) => writeFile(path, `${'x'.repeat(99)};`.repeat(52_429)),
  'twelve-mb-single-line': async (path) => writeFile(path, 'x'.repeat(12 * 1024 * 1024)),
  'two-mb-of-delimiters': async (path) => writeFile(path, `Postcode;Vestiging\n3311AB;Dordrecht\n${';'.repeat(2 * 1024 * 1024)}\n`),
  'too-many-rows': async (path) => writeFile(path, `Postcode\n${'3311AB\n'.repeat(1_048_576)}`),
  'header-row-4-merged-title': (path) =>
    workbook(path, (book) => {
      const sheet = book.addWorksheet('Overzicht');
      sheet.getCell('A1').value = 'Personeelsoverzicht per vestiging';
      sheet.mergeCells('A1:C1');
      sheet.getCell('A2').value = 'Peildatum: 01-03-2024';
      sheet.mergeCells('A2:C2');
      sheet.getRow(4).values = ['Vestiging', 'Postcode', 'FTE'];
      sheet.getRow(5).values = ['Dordrecht', '3311AB', 1];
      sheet.getRow(6).values = [null, '3312AB', 0.8];
      sheet.mergeCells('A5:A6');
      sheet.getRow(7).values = ['Gorinchem', '4201AA', 0.5];
    }),
  formulas: (path) =>
    workbook(path, (book) => {
      book.addWorksheet('Blad1').addRows([
        ['Postcode', 'Uren', 'FTE', 'Dubbel'],
        ['3311AB', 36, { formula: 'B2/36', result: 1 }, { formula: 'C2*2', result: 2 }],
        ['3312AB', 28.8, { formula: 'B3/36', result: 0.8 }, { formula: 'C3*2', result: 1.6 }],
        ['3313AB', { formula: 'NA()', result: { error: '#N/A' } }, { formula: 'B4/36' }, 'nvt'],
        ['3314AB', { formula: '0.1+0.2', result: 0.1 + 0.2 }, { formula: '"tekst"&"x"', result: 'tekstx' }],
      ]);
    }),
  'dates-and-times': (path) =>
    workbook(path, (book) => {
      const sheet = book.addWorksheet('Blad1');
      sheet.addRows([
        ['Postcode', 'In dienst', 'Begintijd', 'Laatste registratie'],
        ['3311AB', new Date(Date.UTC(2024, 2, 1)), utcTime(7, 30), new Date(Date.UTC(2024, 2, 1, 7, 45))],
        ['3312AB', new Date(Date.UTC(1999, 11, 31)), utcTime(16, 45, 30), new Date(Date.UTC(2023, 9, 2, 17, 0))],
      ]);
      sheet.getColumn(2).numFmt = 'dd-mm-yyyy';
      sheet.getColumn(3).numFmt = 'hh:mm';
      sheet.getCell('C3').numFmt = 'hh:mm:ss';
      sheet.getColumn(4).numFmt = 'dd-mm-yyyy hh:mm';
    }),
  'two-sheets-first-empty': (path) =>
    workbook(path, (book) => {
      book.addWorksheet('Leeg');
      book.addWorksheet('Data').addRows([['Postcode', 'Woonplaats'], ['3311AB', 'Dordrecht']]);
    }),
  'two-sheets-both-filled': twoFilled,
  'hidden-first-sheet': (path) =>
    workbook(path, (book) => {
      book.addWorksheet('Verborgen', { state: 'hidden' }).addRows([['lookup'], ['a'], ['b']]);
      book.addWorksheet('Zichtbaar').addRows([['Postcode'], ['3311AB']]);
    }),
  'empty-workbook': (path) => workbook(path, (book) => void book.addWorksheet('Blad1')),
  'rich-text-hyperlink-error': (path) =>
    workbook(path, (book) => {
      book.addWorksheet('Blad1').addRows([
        ['Postcode', 'Locatie', 'Link', 'Fout', 'Lease'],
        [
          '3311AB',
          { richText: [{ text: 'Dordrecht ' }, { font: { bold: true }, text: 'Centrum' }] },
          { text: 'Intranet', hyperlink: 'https://example.org' },
          { error: '#N/A' },
          true,
        ],
      ]);
    }),
};
