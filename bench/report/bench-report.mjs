#!/usr/bin/env node
/**
 * Benchmark of `mobiscan report` (issue 6): the Excel workbook and PDF of a 3,000-employee
 * company (the bundled example hospital, with two years of daily counts, a baseline and goals),
 * as a user runs it: a fresh process, wall time from start to both files written. The
 * workspace is set up once; the report is timed several times and the median printed.
 *
 *   npm run build && node bench/report/bench-report.mjs [runs=5]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'mobiscan.js');
const runs = Number(process.argv[2] ?? 5);
const ws = mkdtempSync(join(tmpdir(), 'mobiscan-bench-report-'));
const run = (...args) => execFileSync(process.execPath, [cli, ...args, '--workspace', ws, '--quiet'], { cwd: ws, env: { ...process.env, MOBISCAN_DATA_DIR: join(ws, 'no-geodata') } });

execFileSync(process.execPath, [cli, 'init', ws, '--name', 'Bench alliance', '--quiet']);
run('company', 'import', join(root, 'examples/alliance/members.yaml'));
run('scan', join(root, 'examples/ziekenhuis-hr.csv'), '--company', 'asz');
run('track', 'import', join(root, 'examples/alliance/counts/asz.csv'), '--company', 'asz', '--kind', 'counts');
run('track', 'baseline', '--company', 'asz', '--from', '2025-01-01', '--to', '2025-03-31');
run('goal', 'set', '--company', 'asz', '--kind', 'peak-avoidance', '--target-pct', '10');

const times = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  run('report', '--company', 'asz', '--out', join(ws, 'reports'));
  times.push((performance.now() - started) / 1000);
}
times.sort((a, b) => a - b);
console.log(`report --company asz (3,002 employees, xlsx + pdf), ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(2)} s, min ${times[0].toFixed(2)} s, max ${times.at(-1).toFixed(2)} s`);
