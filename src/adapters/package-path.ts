import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * A path inside the mobiscan package (data/, templates/, examples/, dist/). The root is found by
 * walking up from this module to the package.json named mobiscan, so it holds whether the code
 * runs from src/ (tests), from the bundled dist/, or from an installed copy.
 */
export function packagePath(...parts: string[]): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mobiscan') break;
      const parent = dirname(dir);
      if (parent === dir) throw new Error('mobiscan cannot find its own package.json');
      dir = parent;
    }
    root = dir;
  }
  return join(root, ...parts);
}
