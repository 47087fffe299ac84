import type { CommandContext } from '../app/command-context.js';
import { cliLang } from './cli-lang.js';
import type { Output } from './output.js';

/** The context of a real run: process environment, prompts on a TTY, geodata on demand. */
export async function processContext(out: Output): Promise<CommandContext> {
  const { loadPrompter } = await import('./load-prompter.js');
  const { loadPostcodeLocator } = await import('../app/workspace/fill-coordinates.js');
  return {
    out,
    cwd: process.cwd(),
    env: process.env,
    lang: cliLang(),
    prompter: out.isTTY ? await loadPrompter() : undefined,
    locator: loadPostcodeLocator,
  };
}
