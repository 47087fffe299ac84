import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { installMessages } from './install-messages.js';

let root: string | undefined;

/**
 * The folder of the package.json named mobiscan, walking up from `start`. Not finding it means a
 * broken installation: the user is told so, and to reinstall, never shown a stack trace.
 */
export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mobiscan') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigError(text(installMessages, 'noPackage', { dir: start }), text(installMessages, 'noPackageHint'));
    dir = parent;
  }
}

/**
 * A path inside the mobiscan package (data/, templates/, examples/, dist/). The root is found by
 * walking up from this module to the package.json named mobiscan, so it holds whether the code
 * runs from src/ (tests), from the bundled dist/, or from an installed copy.
 */
export function packagePath(...parts: string[]): string {
  root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, ...parts);
}
