import envPaths from 'env-paths';
import { resolve } from 'node:path';

/**
 * The folder where mobiscan keeps imported data: `--data-dir`, else MOBISCAN_DATA_DIR, else the
 * platform's user data folder (Linux ~/.local/share/mobiscan, macOS ~/Library/Application
 * Support/mobiscan, Windows %LOCALAPPDATA%\mobiscan\Data).
 */
export function resolveDataDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined && option.trim() !== '') return resolve(option);
  const fromEnv = env.MOBISCAN_DATA_DIR;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  return envPaths('mobiscan', { suffix: '' }).data;
}
