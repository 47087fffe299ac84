import { readFile } from 'node:fs/promises';
import { packagePath } from '../package-path.js';

/** Path of a file in the package's data/ folder (shipped with the package, see package.json "files"). */
export function builtInDataPath(relative: string): string {
  return packagePath('data', relative);
}

/** Reads and parses a JSON file of the package's data/ folder. */
export async function readBuiltInJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(builtInDataPath(relative), 'utf8')) as unknown;
}
