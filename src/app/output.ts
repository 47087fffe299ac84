/** How a command talks to the terminal: human text on stderr/stdout, or one JSON document. */
export interface Output {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly isTTY: boolean;
  /** Human-readable line on stdout (suppressed with --json or --quiet). */
  info(line: string): void;
  /** A warning on stderr (suppressed with --quiet, kept with --json since stdout stays clean). */
  warn(line: string): void;
  /** The command's result: JSON on stdout with --json, else the rendered text. */
  result(data: unknown, render: () => string): void;
}
