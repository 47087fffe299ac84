import { open, stat } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** Bytes looked at to decide format, encoding and delimiter (64 KB covers dozens of rows). */
export const SAMPLE_BYTES = 64 * 1024;

/** The first bytes of a file and its size, after checking it is a readable, non-empty file. */
export interface FileStart {
  sample: Buffer;
  sizeBytes: number;
}

/** Reads the first SAMPLE_BYTES of `path`, or throws an InputError saying why it cannot. */
export async function readFileStart(path: string): Promise<FileStart> {
  let sizeBytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError(text(fileMessages, 'readIsFolder', { path }), text(fileMessages, 'readIsFolderHint'));
    }
    if (!info.isFile()) {
      throw new InputError(text(fileMessages, 'readNotFile', { path }), text(fileMessages, 'readNotFileHint'));
    }
    sizeBytes = info.size;
  } catch (error) {
    throw toInputError(path, error);
  }
  if (sizeBytes === 0) {
    throw new InputError(text(fileMessages, 'readEmpty', { path }), text(fileMessages, 'readEmptyHint'));
  }
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, sizeBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, bytesRead), sizeBytes };
  } catch (error) {
    throw toInputError(path, error);
  } finally {
    await handle?.close();
  }
}

/** Turns a file-system failure into a message a user can act on. */
export function toInputError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(text(fileMessages, 'readMissing', { path }), text(fileMessages, 'readMissingHint'));
    case 'EACCES':
    case 'EPERM':
      return new InputError(text(fileMessages, 'readDenied', { path }), text(fileMessages, 'readDeniedHint'));
    case 'EISDIR':
      return new InputError(text(fileMessages, 'readIsFolder', { path }), text(fileMessages, 'readIsFolderHint'));
    case 'EBUSY':
      return new InputError(text(fileMessages, 'readLocked', { path }), text(fileMessages, 'readLockedHint'));
    default:
      return new InputError(
        text(fileMessages, 'readFailed', { path, reason: code ?? (error instanceof Error ? error.message : String(error)) }),
        text(fileMessages, 'readFailedHint'),
      );
  }
}
