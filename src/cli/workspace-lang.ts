import { findWorkspace } from '../app/workspace/find-workspace.js';

/** The value of an option such as `--workspace DIR` or `--workspace=DIR` on a command line. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * The language stored in the workspace this command line would use (the same search as the
 * commands: --workspace, MOBISCAN_WORKSPACE, this folder and those above it), or undefined.
 * Never fails: when the workspace is missing or unreadable, the command says so itself.
 */
export async function workspaceLang(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string | undefined> {
  let dir: string;
  try {
    dir = findWorkspace({ flag: optionValue(argv, '--workspace'), env: env.MOBISCAN_WORKSPACE, cwd });
  } catch {
    return undefined;
  }
  const { readWorkspaceLang } = await import('../adapters/store/read-workspace-lang.js');
  return readWorkspaceLang(dir);
}
