import type { Output } from '../output.js';
import type { Prompter } from './prompter.js';
import type { PostcodeLocator } from './fill-coordinates.js';

/**
 * What a workspace command needs from the world, gathered in one place so tests can hand in
 * their own: the output, where to look for the workspace, prompts (only on a TTY), and the
 * postcode lookup.
 */
export interface CommandContext {
  out: Output;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Present only when stdin and stdout are terminals; commands never prompt without it. */
  prompter: Prompter | undefined;
  /** Loads the postcode lookup on first use. */
  locator: () => Promise<PostcodeLocator | undefined>;
}

/** The context of a real run: process environment, prompts on a TTY, geodata on demand. */
export async function processContext(out: Output): Promise<CommandContext> {
  const { loadPrompter } = await import('./prompter.js');
  const { loadPostcodeLocator } = await import('./fill-coordinates.js');
  return {
    out,
    cwd: process.cwd(),
    env: process.env,
    prompter: out.isTTY ? await loadPrompter() : undefined,
    locator: loadPostcodeLocator,
  };
}
