import type { Workspace } from '../../adapters/store/workspace.js';
import type { Output } from '../output.js';
import type { CommandContext } from '../command-context.js';
import { findWorkspace } from './find-workspace.js';
import { messageLang, translator } from '../../core/i18n/index.js';
import { fileMessages } from '../../adapters/file-messages.js';

/**
 * Finds the workspace (flag, MOBISCAN_WORKSPACE, or cwd and its parents) and opens it, telling
 * the user when opening upgraded it. The store is loaded only here, so commands that never open
 * a workspace do not load better-sqlite3. The caller closes it.
 */
export async function openFoundWorkspace(flag: string | undefined, out: Pick<Output, 'warn'>, where: { cwd: string; env: Record<string, string | undefined> } = { cwd: process.cwd(), env: process.env }): Promise<Workspace> {
  const dir = findWorkspace({ flag, env: where.env.MOBISCAN_WORKSPACE, cwd: where.cwd });
  const { openWorkspace } = await import('../../adapters/store/open-workspace.js');
  const ws = await openWorkspace(dir);
  if (ws.backup) out.warn(translator(fileMessages, messageLang())('upgraded', { backup: ws.backup }));
  return ws;
}

/** Opens the workspace, runs `work` with it, and closes it whatever happens. */
export async function useWorkspace<T>(ctx: CommandContext, flag: string | undefined, work: (ws: Workspace) => Promise<T> | T): Promise<T> {
  const ws = await openFoundWorkspace(flag, ctx.out, ctx);
  try {
    return await work(ws);
  } finally {
    ws.close();
  }
}
