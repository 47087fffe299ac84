import { open, stat } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';

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
      throw new InputError(`${path} is a folder, not a file.`, 'Give the path of the exported CSV or XLSX file itself.');
    }
    if (!info.isFile()) {
      throw new InputError(`${path} is not a regular file.`, 'Give the path of an exported CSV or XLSX file.');
    }
    sizeBytes = info.size;
  } catch (error) {
    throw toInputError(path, error);
  }
  if (sizeBytes === 0) {
    throw new InputError(`${path} is empty (0 bytes).`, 'Export the file again from the HR system; the export may have failed.');
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
      return new InputError(`${path} does not exist.`, 'Check the spelling of the path and the folder you run mobiscan from.');
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${path} cannot be read: permission denied.`, 'Check the file permissions, or copy the file somewhere you can read it.');
    case 'EISDIR':
      return new InputError(`${path} is a folder, not a file.`, 'Give the path of the exported CSV or XLSX file itself.');
    case 'EBUSY':
      return new InputError(`${path} is locked by another program.`, 'Close the file in Excel and try again.');
    default:
      return new InputError(
        `${path} cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
        'Check that the file is accessible and try again.',
      );
  }
}
