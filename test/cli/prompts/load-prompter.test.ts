import { describe, expect, it, vi } from 'vitest';

/** What the terminal "typed" and what the prompt was asked, in order. */
const typed: string[] = [];
const asked: Array<{ message: string; refusal?: string | true }> = [];
vi.mock('@inquirer/prompts', () => ({
  input: async (q: { message: string; validate?: (v: string) => true | string }) => {
    const answer = typed.shift() ?? '';
    asked.push({ message: q.message, ...(q.validate && { refusal: q.validate(answer) }) });
    return answer;
  },
}));

const { loadPrompter } = await import('../../../src/cli/load-prompter.js');

describe('the yes/no prompt', () => {
  it('reads a Dutch "ja" as yes and shows j/N in Dutch (inquirer\'s own confirm reads "ja" as no)', async () => {
    const prompter = await loadPrompter('nl');
    typed.push('ja', '', 'misschien');
    expect(await prompter.confirm({ message: 'Albert Schweitzer verwijderen?', default: false })).toBe(true);
    expect(await prompter.confirm({ message: 'Nog een locatie?', default: true })).toBe(true);
    expect(await prompter.confirm({ message: 'Zeker?', default: false })).toBe(false);
    expect(asked.map((a) => a.message)).toEqual(['Albert Schweitzer verwijderen? (j/N)', 'Nog een locatie? (J/n)', 'Zeker? (j/N)']);
    expect(asked[2]!.refusal).toBe('misschien is geen ja of nee; typ j of n');
  });

  it('asks y/N in English and reads no', async () => {
    asked.length = 0;
    const prompter = await loadPrompter('en');
    typed.push('no');
    expect(await prompter.confirm({ message: 'Remove ASz?', default: true })).toBe(false);
    expect(asked[0]!.message).toBe('Remove ASz? (Y/n)');
  });
});
