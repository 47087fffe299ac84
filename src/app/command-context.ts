import type { Lang } from '../core/i18n/index.js';
import type { Output } from './output.js';
import type { Prompter } from './workspace/prompter.js';
import type { PostcodeLocator } from './workspace/fill-coordinates.js';

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
  /** The reader's language (Dutch when left out). */
  lang?: Lang;
  /** Loads the postcode lookup on first use. */
  locator: () => Promise<PostcodeLocator | undefined>;
}
