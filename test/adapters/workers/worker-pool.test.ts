import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../src/adapters/workers/worker-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'mobiscan-pool-'));
function script(name: string, source: string): URL {
  const path = join(dir, name);
  writeFileSync(path, source);
  return pathToFileURL(path);
}
const toError = (e: { message: string }): Error => new Error(e.message);

const doubler = script('double.mjs', `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => task < 0
  ? parentPort.postMessage({ id, ok: false, error: { name: 'Error', message: 'negative ' + task } })
  : parentPort.postMessage({ id, ok: true, value: task * 2 }));`);

describe('createWorkerPool', () => {
  it('answers every task, more tasks than workers, and passes an error back', async () => {
    const pool = createWorkerPool<number, number>(doubler, 2, toError);
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
      await expect(pool.run(-1)).rejects.toThrow('negative -1');
      expect(await pool.run(7)).toBe(14);
    } finally {
      await pool.close();
    }
  });

  it('fails the tasks of a worker that could not start, instead of leaving them waiting', async () => {
    const broken = script('broken.mjs', `throw new Error('cannot load');`);
    const pool = createWorkerPool<number, number>(broken, 1, toError);
    try {
      await expect(pool.run(1)).rejects.toThrow('cannot load');
      // the same again for a task that comes after the worker stopped
      await expect(pool.run(2)).rejects.toThrow('cannot load');
    } finally {
      await pool.close();
    }
  });

  it('fails a task whose worker stops while working on it', async () => {
    const quitter = script('quit.mjs', `import { parentPort } from 'node:worker_threads';
parentPort.on('message', () => process.exit(3));`);
    const pool = createWorkerPool<number, number>(quitter, 1, toError);
    try {
      await expect(pool.run(1)).rejects.toThrow('exit code 3');
    } finally {
      await pool.close();
    }
  });
});
