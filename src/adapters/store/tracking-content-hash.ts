import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { storeMessages } from './store-messages.js';

/**
 * SHA-256 of a file's bytes, streamed: the key that makes importing the same measurements file
 * twice change nothing. The hash cannot be turned back into the plates inside the file.
 */
export async function trackingContentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(text(storeMessages, 'cannotRead', { path, reason: code ?? (error as Error).message }), text(storeMessages, 'cannotReadHint'));
  }
  return hash.digest('hex');
}
