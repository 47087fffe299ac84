import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Output } from '../../../src/cli/output.js';
import type { CommandContext } from '../../../src/app/command-context.js';
import type { PostcodeLocator } from '../../../src/app/workspace/fill-coordinates.js';
import type { Prompter } from '../../../src/app/workspace/prompter.js';
import type { Lang } from '../../../src/core/i18n/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mobiscan-cli-'));
  made.push(dir);
  return dir;
}

/** Answers prompts from a list, in order; fails the test when a prompt has no answer left. */
export function scriptedPrompter(answers: Array<string | boolean>): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`unexpected prompt: ${message}`);
    return answers.shift()!;
  };
  return {
    asked,
    input: async (q) => String(next(q.message)),
    confirm: async (q) => next(q.message) === true,
    select: async <T extends string>(q: { message: string }) => String(next(q.message)) as T,
  };
}

/** A context that records what the command printed. */
export function fakeContext(cwd: string, options: { json?: boolean; prompter?: Prompter; locator?: PostcodeLocator; env?: Record<string, string>; lang?: Lang } = {}) {
  const printed = { info: [] as string[], warn: [] as string[], results: [] as unknown[], text: [] as string[] };
  const out: Output = {
    json: options.json ?? false,
    quiet: false,
    isTTY: options.prompter !== undefined,
    info: (line) => printed.info.push(line),
    warn: (line) => printed.warn.push(line),
    result: (data, render) => {
      printed.results.push(data);
      printed.text.push(render());
    },
  };
  const ctx: CommandContext = { out, cwd, env: options.env ?? {}, prompter: options.prompter, ...(options.lang && { lang: options.lang }), locator: async () => options.locator };
  return { ctx, printed };
}

/** A postcode lookup that knows two PC4 areas of Dordrecht. */
export const dordrechtLocator: PostcodeLocator = (postcode) =>
  ({ '3318': { lat: 51.7955, lon: 4.6761 }, '3311': { lat: 51.8133, lon: 4.6697 } })[postcode.slice(0, 4)];
