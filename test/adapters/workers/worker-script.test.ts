import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../../src/adapters/package-path.js';
import { workerScript } from '../../../src/adapters/workers/worker-script.js';

// npm test builds first, so both builds of the workers exist.
describe('workerScript', () => {
  it('gives code in the bundle the bundled worker, and compiled modules the compiled one', () => {
    const fromBundle = workerScript('pdf-worker', packagePath('dist', 'bundle', 'chunks', 'chunk-ABC.js'));
    expect(fileURLToPath(fromBundle!)).toBe(packagePath('dist', 'bundle', 'app', 'pdf-worker.js'));
    const fromDist = workerScript('batch-worker', packagePath('dist', 'app', 'run-batch.js'));
    expect(fileURLToPath(fromDist!)).toBe(packagePath('dist', 'app', 'batch-worker.js'));
  });

  it('gives none to the TypeScript source (the tests), which then works in its own thread', () => {
    expect(workerScript('pdf-worker', join(packagePath('src'), 'app', 'pdf-thread.ts'))).toBeUndefined();
    expect(workerScript('pdf-worker')).toBeUndefined();
  });
});
