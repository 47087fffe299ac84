import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packagePath } from '../package-path.js';

/**
 * The built script of a worker thread: the bundled one when this code runs from the bundle
 * (dist/bundle, what bin/mobiscan.js runs), else the compiled module in dist/app, so a thread
 * runs the same build as the code that starts it. Undefined where no built script applies: the
 * tests run the TypeScript source, and the caller then does the work in its own thread.
 */
export function workerScript(name: 'pdf-worker' | 'batch-worker', here = fileURLToPath(import.meta.url)): URL | undefined {
  if (here.endsWith('.ts')) return undefined;
  const bundled = here.startsWith(packagePath('dist', 'bundle') + sep);
  const path = bundled ? packagePath('dist', 'bundle', 'app', `${name}.js`) : packagePath('dist', 'app', `${name}.js`);
  return existsSync(path) ? pathToFileURL(path) : undefined;
}
