/**
 * Options that several commands share, declared once so a flag has one short form and one
 * meaning everywhere (`-c` is always the member company, `-y` always skips the confirmation).
 */
export const COMPANY_OPTION = ['-c, --company <id>', 'the member company'] as const;
export const WORKSPACE_OPTION = ['--workspace <dir>', 'the workspace folder (default: MOBISCAN_WORKSPACE, or found from here)'] as const;
export const YES_OPTION = ['-y, --yes', 'do not ask for confirmation (needed in scripts, where there is no terminal to ask on)'] as const;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * `--columns`, one meaning on every command that reads a table (scan, columns, batch, track
 * import): a mapping file, or ROLE=HEADER pairs, or both (pairs win); repeatable.
 */
export const COLUMNS_OPTION = [
  '--columns <file|ROLE=HEADER>',
  'name columns: a mapping file (JSON/YAML with "roles") or ROLE=HEADER pairs, comma-separated or repeated; HEADER may be "kolom 3"',
  collect,
] as const;
