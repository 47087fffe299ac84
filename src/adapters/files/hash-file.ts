import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** SHA-256 of a file's bytes, streamed: the same export scanned twice has the same hash. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The file's modification date as YYYY-MM-DD (local time), the default date of an export. */
export async function fileDate(path: string): Promise<string> {
  const { mtime } = await stat(path);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${mtime.getFullYear()}-${pad(mtime.getMonth() + 1)}-${pad(mtime.getDate())}`;
}
