import { defineMessages } from './define-messages.js';

/** How texts are joined: one a line, or in one sentence with semicolons. */
export const joinMessages = defineMessages('join', {
  nl: { lines: '{first}\n{rest}', semicolons: '{first}; {rest}' },
  en: { lines: '{first}\n{rest}', semicolons: '{first}; {rest}' },
});
