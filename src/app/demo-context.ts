import type { Output } from './output.js';
import type { CommandContext } from './command-context.js';
import { messageLang, translator } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';

/** What one command action reported: its result data and its rendered text. */
export interface ActionResult {
  data: unknown;
  text: string;
}

/** Runs one command action on the demo workspace and returns what it reported. */
export type RunAction = (action: (ctx: CommandContext) => Promise<void>) => Promise<ActionResult>;

/**
 * A context for running command actions without a terminal: no prompts, no postcode lookup
 * (the example's members carry coordinates), results captured, warnings passed to `log`.
 */
export function createDemoContext(cwd: string, log: (line: string) => void): { ctx: CommandContext; run: RunAction } {
  let last: ActionResult | undefined;
  const out: Output = {
    json: false,
    quiet: true,
    isTTY: false,
    info: () => {},
    warn: (line) => log(translator(demoMessages, messageLang())('warning', { text: line })),
    result: (data, render) => {
      last = { data, text: render() };
    },
  };
  const ctx: CommandContext = { out, cwd, env: {}, prompter: undefined, locator: async () => undefined };
  const run: RunAction = async (action) => {
    last = undefined;
    await action(ctx);
    return last ?? { data: undefined, text: '' };
  };
  return { ctx, run };
}
