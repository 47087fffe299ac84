import type { Workspace } from '../../adapters/store/workspace.js';
import type { CommandContext } from './context.js';
import { findWorkspace } from './find-workspace.js';

/**
 * Finds and opens the workspace (flag, MOBISCAN_WORKSPACE, or cwd and its parents), runs
 * `work` with it, and closes it whatever happens. The store is loaded only here, so commands
 * that never open a workspace do not load better-sqlite3.
 */
export async function useWorkspace<T>(ctx: CommandContext, flag: string | undefined, work: (ws: Workspace) => Promise<T> | T): Promise<T> {
  const dir = findWorkspace({ flag, env: ctx.env.MOBISCAN_WORKSPACE, cwd: ctx.cwd });
  const { openWorkspace } = await import('../../adapters/store/open-workspace.js');
  const ws = await openWorkspace(dir);
  try {
    if (ws.backup) ctx.out.warn(`the workspace was upgraded; the previous version is kept in ${ws.backup}`);
    return await work(ws);
  } finally {
    ws.close();
  }
}
