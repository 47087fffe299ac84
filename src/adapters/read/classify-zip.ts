import type { ZipDirectory } from './read-zip-directory.js';
import type { Text } from '../../core/i18n/index.js';
import { refused } from './sniff-content.js';

/** Whether a zip container is a workbook mobiscan can read, and if not, what it is instead. */
export type ZipKind = { kind: 'workbook' } | { kind: 'rejected'; what: Text; hint: Text };

/** Office and OpenDocument files are zips; their part names say which application made them. */
export function classifyZip(directory: ZipDirectory): ZipKind {
  if (!directory.ok) {
    // zip64 directories only occur above 4 GB or 65,535 parts; let the workbook reader try
    if (directory.reason === 'zip64') return { kind: 'workbook' };
    return refused('what_damagedZip', 'hint_copyAgain');
  }
  const names = new Set(directory.names);
  if (names.has('xl/workbook.xml')) return { kind: 'workbook' };
  if (names.has('xl/workbook.bin')) {
    return refused('what_xlsb', 'hint_saveAs');
  }
  if (names.has('word/document.xml')) return refused('what_word', 'hint_exportAgain');
  if (names.has('ppt/presentation.xml')) return refused('what_powerpoint', 'hint_exportAgain');
  if (names.has('mimetype') && names.has('content.xml')) {
    return refused('what_opendocument', 'hint_saveAs');
  }
  return refused('what_zip', 'hint_unpack');
}
