import { InputError } from '../../core/errors.js';
import { toInputError } from './read-file-start.js';

const FIX_QUOTES =
  'Open the file in a text editor and check the quotes (") on that line, or export it again from the HR system.';

/**
 * Turns a csv-parse failure into an InputError that names the file and the line on which the
 * broken record starts (csv-parse itself reports the line where it gave up, often the last).
 */
export function describeCsvError(path: string, error: unknown, line: number, maxRecordMb: number): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return toInputError(path, error);
  const at = `${path}, line ${line}`;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new InputError(`${at}: a quote is opened but never closed.`, FIX_QUOTES);
    case 'CSV_MAX_RECORD_SIZE':
      return new InputError(
        `${at}: one record is longer than ${maxRecordMb} MB, so this is not a usable table (or a quote is never closed).`,
        FIX_QUOTES,
      );
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new InputError(`${at}: text follows a closing quote inside a field.`, FIX_QUOTES);
    case 'CSV_INVALID_OPENING_QUOTE':
      return new InputError(`${at}: a quote opens in the middle of a field.`, FIX_QUOTES);
    default:
      // csv-parse's own message can quote the field's value, which may be personal data
      return new InputError(
        `${at}: the CSV cannot be parsed (${code}).`,
        'Export the file again from the HR system, or save it from Excel as CSV.',
      );
  }
}
