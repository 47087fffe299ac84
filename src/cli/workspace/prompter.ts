/** The few prompts the wizards use; a test passes answers instead of a terminal. */
export interface Prompter {
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T extends string>(question: { message: string; choices: ReadonlyArray<{ name: string; value: T }>; default?: T }): Promise<T>;
}

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
