import { InputError } from '../../core/errors.js';
import { toInputError } from './read-file-start.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

const FIX_QUOTES = text(fileMessages, 'quotesHint');

/**
 * Turns a csv-parse failure into an InputError that names the file and the line on which the
 * broken record starts (csv-parse itself reports the line where it gave up, often the last).
 */
export function describeCsvError(path: string, error: unknown, line: number, maxRecordMb: number): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return toInputError(path, error);
  const at = { path, line };
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new InputError(text(fileMessages, 'csvQuoteOpen', at), FIX_QUOTES);
    case 'CSV_MAX_RECORD_SIZE':
      return new InputError(text(fileMessages, 'csvRecordTooLong', { ...at, mb: maxRecordMb }), FIX_QUOTES);
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new InputError(text(fileMessages, 'csvAfterQuote', at), FIX_QUOTES);
    case 'CSV_INVALID_OPENING_QUOTE':
      return new InputError(text(fileMessages, 'csvQuoteInField', at), FIX_QUOTES);
    default:
      // csv-parse's own message can quote the field's value, which may be personal data
      return new InputError(text(fileMessages, 'csvUnparsable', { ...at, code }), text(fileMessages, 'csvUnparsableHint'));
  }
}
