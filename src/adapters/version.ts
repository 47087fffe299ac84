import { readFileSync } from 'node:fs';
import { packagePath } from './package-path.js';

let version: string | undefined;

/** mobiscan's own version, from package.json; read on first use, so a broken installation is a clear error, not a crash on start. */
export function mobiscanVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
