import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../../src/core/i18n/index.js';
import { findWorkspace } from '../../../src/app/workspace/find-workspace.js';
import { ConfigError } from '../../../src/core/errors.js';
import { tempDir } from './fake-context.js';

// Written in English: the Dutch default is tested in the cli-language tests.
beforeAll(() => setMessageLang('en'));
afterAll(() => setMessageLang('nl'));

function workspaceAt(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mobiscan.db'), '');
  return dir;
}

describe('findWorkspace', () => {
  it('finds the workspace in a parent of the current folder', () => {
    const root = workspaceAt(tempDir());
    const deep = join(root, 'scans', '2025');
    mkdirSync(deep, { recursive: true });
    expect(findWorkspace({ cwd: deep })).toBe(root);
  });

  it('prefers --workspace over the variable, and the variable over the current folder', () => {
    const here = workspaceAt(tempDir());
    const fromEnv = workspaceAt(tempDir());
    const fromFlag = workspaceAt(tempDir());
    expect(findWorkspace({ flag: fromFlag, env: fromEnv, cwd: here })).toBe(fromFlag);
    expect(findWorkspace({ env: fromEnv, cwd: here })).toBe(fromEnv);
    expect(findWorkspace({ env: '', cwd: here })).toBe(here);
  });

  it('names the source when a given folder holds no workspace', () => {
    const empty = tempDir();
    expect(() => findWorkspace({ flag: empty, cwd: empty })).toThrow(`--workspace: no mobiscan workspace in ${empty}`);
    expect(() => findWorkspace({ env: empty, cwd: empty })).toThrow(`MOBISCAN_WORKSPACE: no mobiscan workspace in ${empty}`);
  });

  it('says how to create one when none is found', () => {
    const error = (() => {
      try {
        return findWorkspace({ cwd: tempDir() });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).hint).toBe('run npx mobiscan init (or pass --workspace DIR)');
  });
});
