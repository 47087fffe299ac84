import type { Help } from 'commander';
import { cliT } from './cli-lang.js';
import { helpWordsMessages } from './help-words-messages.js';

/** The parts of commander's help configuration this module fills in. */
type HelpWords = Pick<Help, 'styleOptionText' | 'styleArgumentText' | 'styleSubcommandText' | 'styleOptionDescription' | 'styleArgumentDescription'>;

/**
 * commander writes "[options]", "[command]", "(default: ...)" and "(choices: ...)" itself, in
 * English. Its style hooks see each usage word and each finished description, so they are where
 * those words are said in the run's language; everything else passes through unchanged.
 */
export function helpWords(): HelpWords {
  const t = cliT(helpWordsMessages);
  const word = (w: string) => (w === '[options]' ? t('options') : w === '[command]' ? t('command') : w);
  // commander appends its notes as "(choices: a, b, default: x)" at the end of a description.
  const notes = (description: string) =>
    description.replace(/\(((?:choices|default): .*)\)$/, (_all, inner: string) =>
      `(${inner.replace(/\bchoices: /, `${t('choices')} `).replace(/\bdefault: /, `${t('default')} `)})`,
    );
  return { styleOptionText: word, styleArgumentText: word, styleSubcommandText: word, styleOptionDescription: notes, styleArgumentDescription: notes };
}
