import type { Prompter } from '../app/workspace/prompter.js';

/** Loads @inquirer/prompts on demand, so commands that never ask do not pay for it. */
export async function loadPrompter(): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  return {
    input: (q) => inquirer.input({ message: q.message, ...(q.default !== undefined && { default: q.default }), ...(q.validate && { validate: q.validate }) }),
    confirm: (q) => inquirer.confirm(q),
    select: <T extends string>(q: { message: string; choices: ReadonlyArray<{ name: string; value: T }>; default?: T }) =>
      inquirer.select<T>({ message: q.message, choices: [...q.choices], ...(q.default !== undefined && { default: q.default }) }),
  };
}
