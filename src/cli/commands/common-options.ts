/**
 * Options that several commands share, declared once so a flag has one short form and one
 * meaning everywhere (`-c` is always the member company, `-y` always skips the confirmation).
 */
export const COMPANY_OPTION = ['-c, --company <id>', 'the member company'] as const;
export const WORKSPACE_OPTION = ['--workspace <dir>', 'the workspace folder (default: MOBISCAN_WORKSPACE, or found from here)'] as const;
export const YES_OPTION = ['-y, --yes', 'do not ask for confirmation (needed in scripts, where there is no terminal to ask on)'] as const;
