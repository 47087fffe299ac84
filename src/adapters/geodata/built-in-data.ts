import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Path of a file in the package's data/ folder. This module sits at src/adapters/geodata/
 * when run from source and at dist/adapters/geodata/ when built; both are three levels below
 * the package root, where data/ ships (package.json "files").
 */
export function builtInDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../data/${relative}`, import.meta.url));
}

/** Reads and parses a JSON file of the package's data/ folder. */
export async function readBuiltInJson(relative: string): Promise<unknown> {
  return JSON.parse(await readFile(builtInDataPath(relative), 'utf8')) as unknown;
}
