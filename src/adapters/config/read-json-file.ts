import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import { text as deferred, type Text } from '../../core/i18n/index.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** Formats zod issues as `path: message` lines, naming the field that is wrong. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`).join('; ');
}

/** Reads a JSON (or YAML, by extension) configuration file and checks it against a schema. */
export async function readConfigFile<T>(path: string, schema: z.ZodType<T>, what: string | Text): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(deferred(um, 'configUnreadable', { what, path, reason: code ?? 'unknown error' }));
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? (await import('yaml')).parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(deferred(um, 'configInvalid', { what, path, format: /\.ya?ml$/i.test(path) ? 'YAML' : 'JSON', reason: (error as Error).message }));
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ConfigError(deferred(um, 'configWrong', { what, path, problems: describeIssues(parsed.error.issues) }));
  return parsed.data;
}
