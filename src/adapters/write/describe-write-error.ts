import { InputError, isUserError } from '../../core/errors.js';

/**
 * Turns a failed write into a message a user can act on: the path, what went wrong, what to do.
 * Anything that is not a file-system error is passed on as it is.
 */
export function describeWriteError(path: string, error: unknown): unknown {
  if (isUserError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EISDIR':
      return new InputError(`${path} cannot be written: it is a folder.`, 'Give a file name for the output.');
    case 'ENOTDIR':
    case 'EEXIST':
      return new InputError(`${path} cannot be written: part of the path is a file, not a folder.`, 'Check the folder part of the output path.');
    case 'ENOENT':
      return new InputError(`${path} cannot be written: its folder does not exist.`, 'Create the folder first, or give another output path.');
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${path} cannot be written: permission denied.`, 'Write to a folder you may write to, or check its permissions.');
    case 'EROFS':
      return new InputError(`${path} cannot be written: the disk is read-only.`, 'Write to another disk or folder.');
    case 'ENOSPC':
    case 'EDQUOT':
      return new InputError(`${path} cannot be written: the disk is full.`, 'Free some disk space or write to another disk; nothing was left half written.');
    case 'EBUSY':
      return new InputError(`${path} cannot be written: another program holds it open.`, 'Close the file (in Excel, for example) and try again.');
    case 'ENAMETOOLONG':
      return new InputError(`${path} cannot be written: the name is too long.`, 'Give a shorter output path.');
    default:
      return error;
  }
}
