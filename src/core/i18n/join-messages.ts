import { defineMessages } from './define-messages.js';

/** How texts are joined: one a line, or in one sentence with semicolons or commas. */
export const joinMessages = defineMessages('join', {
  nl: { lines: '{first}\n{rest}', semicolons: '{first}; {rest}', commas: '{first}, {rest}' },
  en: { lines: '{first}\n{rest}', semicolons: '{first}; {rest}', commas: '{first}, {rest}' },
});
