/**
 * Control characters have no place in an HR table, and printed raw they steer the terminal:
 * ESC and CSI start escape sequences that clear the screen or set the window title, CR
 * overwrites a line. They are taken out where text enters, so nothing printed later carries them.
 */

/** Controls other than tab, line feed and carriage return: never part of a cell's text. */
const CONTROL_NOT_LINE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const CONTROL_NOT_LINE_ALL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const LINE_CONTROL_ALL = /[\t\n\r]+/g;

/** Text without the controls that are never structure (tab and line breaks stay); cheap when there are none. */
export function stripControlKeepLines(text: string): string {
  return CONTROL_NOT_LINE.test(text) ? text.replace(CONTROL_NOT_LINE_ALL, '') : text;
}

/**
 * One line of plain text: tabs and line breaks become a space, every other control character
 * (escape sequences' ESC and CSI included) is removed.
 * @example stripControl('Lotte\x1b]0;owned\x07') // 'Lotte]0;owned'
 */
export function stripControl(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return stripControlKeepLines(text).replace(LINE_CONTROL_ALL, ' ');
}
