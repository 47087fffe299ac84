import { readFileSync } from 'node:fs';
import { packagePath } from './package-path.js';

/** mobiscan's own version, from package.json. */
export const VERSION = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
