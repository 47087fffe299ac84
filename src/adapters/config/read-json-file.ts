import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ConfigError } from '../../core/errors.js';

/** Formats zod issues as `path: message` lines, naming the field that is wrong. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`).join('; ');
}

/** Reads a JSON (or YAML, by extension) configuration file and checks it against a schema. */
export async function readConfigFile<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${what} ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'unknown error'})`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? (await import('yaml')).parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${what} ${path} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ConfigError(`${what} ${path} is wrong: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
