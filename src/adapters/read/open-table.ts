import { basename, extname } from 'node:path';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { note, tableReadMessages as m } from './table-read-messages.js';
import { classifyZip } from './classify-zip.js';
import type { MixedEncoding } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { openXlsx } from './open-xlsx.js';
import { batchesOf, rowsOf } from './batched-rows.js';
import { readCsvBatches } from './read-csv-rows.js';
import { readFileStart, toInputError } from './read-file-start.js';
import { readZipDirectory } from './read-zip-directory.js';
import { sniffContent } from './sniff-content.js';
import type { OpenTableOptions, TableSource } from './table-source.js';

export type { OpenTableOptions, TableRow, TableSource } from './table-source.js';

/**
 * Unpacked size above which a workbook is streamed: loading costs about 300 bytes of memory per
 * cell, so 24 MB of sheet XML (some 600,000 cells) stays near 200 MB; beyond that, stream.
 */
export const STREAM_XLSX_FROM_BYTES = 24 * 1024 * 1024;

/** Names under which a text export usually arrives. */
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.tab', '.dat']);
/** Names under which a workbook usually arrives. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.xltx']);

/**
 * Opens any HR export (CSV in any common encoding and delimiter, or an .xlsx workbook) as raw
 * rows. The format is decided by the content, not the file name. Throws InputError when the
 * file cannot be read as a table at all; problems in single rows are the caller's to judge.
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<TableSource> {
  const { sample, sizeBytes } = await readFileStart(path);
  const content = sniffContent(sample);
  const extension = extname(path).toLowerCase();
  const name = basename(path);
  const notes: string[] = [];

  if (content.kind === 'rejected') {
    throw new InputError(text(m, 'cannotRead', { path, what: content.what }), content.hint);
  }
  if (content.kind === 'zip') {
    const directory = await readZipDirectory(path, sizeBytes).catch((error: unknown) => {
      throw toInputError(path, error);
    });
    const zip = classifyZip(directory);
    if (zip.kind === 'rejected') throw new InputError(text(m, 'cannotRead', { path, what: zip.what }), zip.hint);
    if (TEXT_EXTENSIONS.has(extension)) {
      notes.push(note('noteWorkbookNamedText', { name, extension }));
    }
    const big = !directory.ok || directory.unpackedBytes > (options.streamXlsxFromBytes ?? STREAM_XLSX_FROM_BYTES);
    const opened = big ? await (await import('./stream-xlsx.js')).streamXlsx(path, options.sheet) : await openXlsx(path, options.sheet);
    return { format: 'xlsx', sheet: opened.sheet, notes: [...notes, ...opened.notes], rows: opened.rows, batches: batchesOf(opened.rows) };
  }

  if (WORKBOOK_EXTENSIONS.has(extension)) {
    notes.push(note('noteTextNamedWorkbook', { name, extension }));
  }
  if (options.sheet !== undefined) notes.push(note('noteSheetIgnored', { name }));
  const guess = detectDelimiter(content.text, sample.length === sizeBytes);
  if (guess.columns <= 1) {
    notes.push(note('noteOneColumn', { name }));
  }
  const onMixedEncoding = (mixed: MixedEncoding): void => {
    // notes is the array the caller holds: this one arrives when the whole file has been read
    const { encoding, other, count, lines } = mixed;
    notes.push(note('noteMixedEncoding', { name, encoding, other, count, lines: lines.join(', '), more: Math.max(0, count - lines.length) }));
  };
  const batches = readCsvBatches(path, { encoding: content.encoding, delimiter: guess.delimiter, skipFirstRecord: guess.sepLine, onMixedEncoding });
  return { format: 'csv', encoding: content.encoding, delimiter: guess.delimiter, notes, rows: rowsOf(batches), batches };
}
