import type { Prompter } from '../app/workspace/prompter.js';
import { answerMessages } from '../core/answers/answer-messages.js';
import { parseYesNo } from '../core/answers/parse-yes-no.js';
import { renderText, translator, type Lang } from '../core/i18n/index.js';
import { cliLang } from './cli-lang.js';

/**
 * Loads @inquirer/prompts on demand, so commands that never ask do not pay for it. A yes/no
 * question is a text prompt read by parseYesNo: inquirer's own confirm shows "y/N" and reads
 * "ja" as no, so a Dutch advisor confirming `company remove` would remove nothing.
 */
export async function loadPrompter(lang: Lang = cliLang()): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const t = translator(answerMessages, lang);
  return {
    input: (q) => inquirer.input({ message: q.message, ...(q.default !== undefined && { default: q.default }), ...(q.validate && { validate: q.validate }) }),
    confirm: async (q) => {
      const fallback = q.default ?? false;
      const typed = await inquirer.input({
        message: `${q.message} ${t(fallback ? 'confirmHintYes' : 'confirmHintNo')}`,
        validate: (v) => {
          if (v.trim() === '') return true;
          const read = parseYesNo(v);
          return read.ok ? true : renderText(read.error, lang);
        },
      });
      const read = parseYesNo(typed);
      return read.ok ? read.value : fallback;
    },
    select: <T extends string>(q: { message: string; choices: ReadonlyArray<{ name: string; value: T }>; default?: T }) =>
      inquirer.select<T>({ message: q.message, choices: [...q.choices], ...(q.default !== undefined && { default: q.default }) }),
  };
}
