import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../../adapters/file-messages.js';

/** The database file that marks a folder as a workspace (kept in step with the store). */
const MARKER = 'mobiscan.db';
const HINT = text(fileMessages, 'noWorkspaceHint');

/** Where a command may be told its workspace is. */
export interface WorkspaceHints {
  /** `--workspace DIR`, which wins. */
  flag?: string | undefined;
  /** The MOBISCAN_WORKSPACE variable. */
  env?: string | undefined;
  /** The folder to start from; its parents are searched too. */
  cwd: string;
}

/**
 * Finds the workspace folder: the flag, else the variable, else the nearest folder from cwd
 * upwards holding mobiscan.db. A folder named explicitly must hold one; none found is a ConfigError.
 */
export function findWorkspace({ flag, env, cwd }: WorkspaceHints): string {
  const named = flag ?? (env !== undefined && env !== '' ? env : undefined);
  if (named !== undefined) {
    const dir = resolve(cwd, named);
    if (existsSync(join(dir, MARKER))) return dir;
    const source = flag !== undefined ? '--workspace' : 'MOBISCAN_WORKSPACE';
    throw new ConfigError(text(fileMessages, 'noWorkspaceNamed', { source, dir }), text(fileMessages, 'noWorkspaceNamedHint', { dir: named }));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, MARKER))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new ConfigError(text(fileMessages, 'noWorkspaceAbove', { dir: resolve(cwd) }), HINT);
}
