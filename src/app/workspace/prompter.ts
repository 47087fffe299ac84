/** The few prompts the wizards use; a test passes answers instead of a terminal. */
export interface Prompter {
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T extends string>(question: { message: string; choices: ReadonlyArray<{ name: string; value: T }>; default?: T }): Promise<T>;
}
