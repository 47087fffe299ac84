import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The language stored in a workspace (`mobiscan init --lang en`), read before any command runs
 * so that help, errors and output all speak it. Read-only and forgiving: a missing, locked, old or
 * damaged database gives undefined here, and the command itself reports what is wrong with it.
 */
export async function readWorkspaceLang(dir: string): Promise<string | undefined> {
  const path = join(dir, 'mobiscan.db');
  if (!existsSync(path)) return undefined;
  try {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare<[], { settings_json: string }>('SELECT settings_json FROM alliance WHERE id = 1').get();
      const settings = row === undefined ? undefined : (JSON.parse(row.settings_json) as Record<string, unknown>);
      return typeof settings?.lang === 'string' ? settings.lang : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
