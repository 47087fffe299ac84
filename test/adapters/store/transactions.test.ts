import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/adapters/store/open-workspace.js';
import { hospital, tempDir } from './helpers.js';

const child = fileURLToPath(new URL('./fixtures/store-child.mjs', import.meta.url));

/** Starts the helper process; resolves `waitFor(line)` when it prints that line. */
function start(args: string[]) {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: Array<[string, () => void]> = [];
  proc.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const [line, resolve] of waiters) if (out.includes(line + '\n')) resolve();
  });
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, err })),
  );
  const waitFor = (line: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.includes(line + '\n')) return resolve();
      waiters.push([line, resolve]);
      void exited.then((e) => reject(new Error(`child exited before '${line}': ${e.err}`)));
    });
  return { proc, waitFor, exited };
}

describe('every change is all or nothing', () => {
  it('leaves nothing behind when a transaction throws halfway', async () => {
    const ws = await openWorkspace(tempDir(), { create: true });
    expect(() =>
      ws.transaction(() => {
        ws.companies.add(hospital());
        ws.goals.set({ companyId: 'asz', kind: 'peak-avoidance', targetPct: 10, baselineYear: null, targetYear: null, basis: 'absolute' });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(ws.companies.list()).toEqual([]);
    expect(ws.goals.list()).toEqual([]);
    ws.close();
  });

  it('leaves the database as before when a process is killed in the middle of a write', async () => {
    const dir = tempDir();
    const ws = await openWorkspace(dir, { create: true });
    ws.alliance.set({ name: 'Drechtsteden' });
    ws.companies.add(hospital());
    ws.close();

    const writer = start(['hang', dir]);
    await writer.waitFor('writing');
    writer.proc.kill('SIGKILL');
    expect((await writer.exited).signal).toBe('SIGKILL');

    const after = await openWorkspace(dir);
    expect(after.companies.list().map((c) => c.id)).toEqual(['asz']);
    expect(after.alliance.get()?.name).toBe('Drechtsteden');
    after.close();
  });

  it('lets two processes write at once: the second waits instead of failing', async () => {
    const dir = tempDir();
    (await openWorkspace(dir, { create: true })).close();
    const a = start(['write', dir, 'a', '60']);
    const b = start(['write', dir, 'b', '60']);
    await Promise.all([a.waitFor('ready'), b.waitFor('ready')]);
    a.proc.stdin.write('go\n');
    b.proc.stdin.write('go\n');
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect(ea).toMatchObject({ code: 0, err: '' });
    expect(eb).toMatchObject({ code: 0, err: '' });
    const ws = await openWorkspace(dir);
    expect(ws.companies.list()).toHaveLength(120);
    ws.close();
  });
});
