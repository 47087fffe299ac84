import { cliT } from '../cli-lang.js';
import { commonHelpMessages } from './common-help-messages.js';

/*
 * Options that several commands share, declared once so a flag has one short form and one
 * meaning everywhere (`-c` is always the member company, `-y` always skips the confirmation).
 * They are functions because their descriptions are in the run's language, known only once the
 * command line is read.
 */

/** `-c, --company <id>`: the member company. */
export const companyOption = () => ['-c, --company <id>', cliT(commonHelpMessages)('optCompany')] as const;
/** `--workspace <dir>`: the workspace folder. */
export const workspaceOption = () => ['--workspace <dir>', cliT(commonHelpMessages)('optWorkspace')] as const;
/** `-y, --yes`: no confirmation asked. */
export const yesOption = () => ['-y, --yes', cliT(commonHelpMessages)('optYes')] as const;
