#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/, from tsc) into dist/bundle: the CLI and its two worker threads
 * as entry points, and what a command loads on demand as chunks of their own. Node then reads a
 * few dozen files where it read about 700 (our modules, commander, zod, the message formatter,
 * the prompts), which saves about 0.1 s on every command and a tenth of a report (bench/report).
 * Part of `npm run build`; bin/mobiscan.js runs the bundle; the tests import src/ and dist/.
 *
 * Not bundled: better-sqlite3 (a native module), and the packages the code loads with require
 * where it needs them (exceljs, pdfkit, date-holidays): they stay in node_modules.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
// chunk names carry a hash: clear the last build's
rmSync(resolve(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'cli/main': 'dist/cli/main.js', 'app/pdf-worker': 'dist/app/pdf-worker.js', 'app/batch-worker': 'dist/app/batch-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'exceljs', 'pdfkit', 'date-holidays'],
  // CommonJS packages in an ES module bundle call require(): give every file one
  banner: { js: "import { createRequire as __mobiscanRequire } from 'node:module'; const require = __mobiscanRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
