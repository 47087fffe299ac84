import type { ZipDirectory } from './read-zip-directory.js';

/** Whether a zip container is a workbook mobiscan can read, and if not, what it is instead. */
export type ZipKind = { kind: 'workbook' } | { kind: 'rejected'; what: string; hint: string };

const SAVE_AS = 'Open it in Excel and save it as .xlsx or as CSV (puntkomma-gescheiden).';
const EXPORT_AGAIN = 'Export the employee data from the HR system as .xlsx or CSV.';

/** Office and OpenDocument files are zips; their part names say which application made them. */
export function classifyZip(directory: ZipDirectory): ZipKind {
  if (!directory.ok) {
    // zip64 directories only occur above 4 GB or 65,535 parts; let the workbook reader try
    if (directory.reason === 'zip64') return { kind: 'workbook' };
    return {
      kind: 'rejected',
      what: 'a damaged or incomplete zip/xlsx file (its end is missing or broken)',
      hint: 'Copy or download the file again; if it opens in Excel, save it again as .xlsx.',
    };
  }
  const names = new Set(directory.names);
  if (names.has('xl/workbook.xml')) return { kind: 'workbook' };
  if (names.has('xl/workbook.bin')) {
    return { kind: 'rejected', what: 'a binary Excel workbook (.xlsb)', hint: SAVE_AS };
  }
  if (names.has('word/document.xml')) return { kind: 'rejected', what: 'a Word document', hint: EXPORT_AGAIN };
  if (names.has('ppt/presentation.xml')) return { kind: 'rejected', what: 'a PowerPoint presentation', hint: EXPORT_AGAIN };
  if (names.has('mimetype') && names.has('content.xml')) {
    return { kind: 'rejected', what: 'an OpenDocument file (LibreOffice)', hint: SAVE_AS };
  }
  return {
    kind: 'rejected',
    what: 'a zip archive, not an Excel workbook',
    hint: 'Unpack it first and give the CSV or XLSX file inside.',
  };
}
