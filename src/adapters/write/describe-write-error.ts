import { InputError, isUserError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/**
 * Turns a failed write into a message a user can act on: the path, what went wrong, what to do.
 * Anything that is not a file-system error is passed on as it is.
 */
export function describeWriteError(path: string, error: unknown): unknown {
  if (isUserError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EISDIR':
      return new InputError(text(fileMessages, 'writeIsFolder', { path }), text(fileMessages, 'writeIsFolderHint'));
    case 'ENOTDIR':
    case 'EEXIST':
      return new InputError(text(fileMessages, 'writeNotDir', { path }), text(fileMessages, 'writeNotDirHint'));
    case 'ENOENT':
      return new InputError(text(fileMessages, 'writeNoDir', { path }), text(fileMessages, 'writeNoDirHint'));
    case 'EACCES':
    case 'EPERM':
      return new InputError(text(fileMessages, 'writeDenied', { path }), text(fileMessages, 'writeDeniedHint'));
    case 'EROFS':
      return new InputError(text(fileMessages, 'writeReadOnly', { path }), text(fileMessages, 'writeReadOnlyHint'));
    case 'ENOSPC':
    case 'EDQUOT':
      return new InputError(text(fileMessages, 'writeFull', { path }), text(fileMessages, 'writeFullHint'));
    case 'EBUSY':
      return new InputError(text(fileMessages, 'writeBusy', { path }), text(fileMessages, 'writeBusyHint'));
    case 'ENAMETOOLONG':
      return new InputError(text(fileMessages, 'writeLongName', { path }), text(fileMessages, 'writeLongNameHint'));
    default:
      return error;
  }
}
