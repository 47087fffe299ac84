import { createRequire } from 'node:module';

/** mobiscan's own version, from package.json. */
export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
