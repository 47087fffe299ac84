import { randomBytes } from 'node:crypto';
import { open, rename, rm, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { describeWriteError } from './describe-write-error.js';

/** One file to write: its path and its whole content. */
export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

/**
 * Owner-only by default: what mobiscan writes describes a named employer's staff. A file written
 * over keeps this mode too (the new file replaces the old one).
 */
export const OUTPUT_FILE_MODE = 0o600;

/** Writes `data` to a fresh temporary file beside `path`, flushed to disk; returns its name. */
async function writeTemp(path: string, data: string | Uint8Array, mode: number): Promise<string> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw describeWriteError(path, error);
  }
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle?.close();
    await rm(temp, { force: true });
    throw describeWriteError(path, error);
  }
  await handle.close();
  return temp;
}

/**
 * Writes a file so that readers see either the old file or the whole new one, never a half:
 * write a temporary file beside it, flush it to disk, then rename it over the target.
 * File-system failures become InputErrors that name the path.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await writeFilesAtomic([{ path, data }], options);
}

/**
 * Writes several files all or nothing: every file goes to a temporary file first; only when all
 * are on disk are they renamed into place. When a rename fails, the files already renamed are
 * removed again, so a report never stands without its companion.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], options: { mode?: number } = {}): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(await writeTemp(file.path, file.data, options.mode ?? OUTPUT_FILE_MODE));
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  const placed: string[] = [];
  for (let i = 0; i < files.length; i++) {
    try {
      await rename(temps[i]!, files[i]!.path);
      placed.push(files[i]!.path);
    } catch (error) {
      await Promise.all([...temps.slice(i).map((temp) => rm(temp, { force: true })), ...placed.map((path) => rm(path, { force: true }))]);
      throw describeWriteError(files[i]!.path, error);
    }
  }
}
