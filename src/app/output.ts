/**
 * How a command talks to the terminal: the result alone on stdout (text, or one JSON document),
 * progress and warnings on stderr, so `mobiscan wpm > file` captures only the result.
 */
export interface Output {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly isTTY: boolean;
  /** A progress or context line on stderr (suppressed with --json or --quiet). */
  info(line: string): void;
  /** A warning on stderr (suppressed with --quiet, kept with --json since stdout stays clean). */
  warn(line: string): void;
  /** The command's result on stdout: JSON with --json, else the rendered text; --quiet never hides it. */
  result(data: unknown, render: () => string): void;
}
