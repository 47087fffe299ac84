#!/usr/bin/env node
/**
 * Hostile-input benchmark: files built to exhaust memory or time, each read by the real CLI
 * (`columns` and `scan`) in its own process, with its wall time, peak memory (the kernel's
 * maxRSS) and exit code. Every run must end in a result or one clear message, never a crash.
 *
 *   npm run build && node bench/hostile/bench-hostile.mjs [case ...]
 *
 * Cases: delimiter-line (120 MiB of ';' on one line), semicolons (50 MB of ';' on short lines
 * and one long run), max-rows-xlsx (1,048,576 rows x 16 columns, Excel's largest sheet height),
 * wide-xlsx (1,024 columns x 2,000 rows). Files go to bench/out/ (gitignored) and are kept for
 * the next run.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'bench', 'out');
const cli = join(root, 'bin', 'mobiscan.js');
mkdirSync(outDir, { recursive: true });

/** Writes `total` bytes of `unit` repeated, in 1 MiB pieces. */
async function writeRepeated(path, head, unit, total, tail = '') {
  const out = createWriteStream(path);
  out.write(head);
  const piece = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
  for (let written = 0; written < total; written += piece.length) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end(tail);
  await once(out, 'finish');
}

/** A workbook written row by row with exceljs's streaming writer (bounded memory). */
async function writeWorkbook(path, rows, columns, cell) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('Medewerkers');
  const header = ['Postcode', 'Vestiging', 'FTE', 'Afstand (km)', 'Vervoerwijze'];
  for (let c = header.length; c < columns; c++) header.push(`Kolom ${c + 1}`);
  sheet.addRow(header).commit();
  for (let r = 1; r < rows; r++) sheet.addRow(Array.from({ length: columns }, (_, c) => cell(r, c))).commit();
  sheet.commit();
  await book.commit();
}

const MODES = ['auto', 'fiets', 'ov', 'e-bike'];
const employeeCell = (r, c) => (c === 0 ? `${3300 + (r % 90)}AB` : c === 1 ? 'Dordrecht' : c === 2 ? 1 : c === 3 ? (r % 40) + 1 : c === 4 ? MODES[r % 4] : r % 7);

const CASES = {
  'delimiter-line': { file: 'delimiter-line.csv', make: (p) => writeRepeated(p, 'Postcode;Vestiging\n3311AB;Dordrecht\n', ';', 120 * 1024 * 1024, '\n') },
  semicolons: { file: 'semicolons.csv', make: (p) => writeRepeated(p, 'Postcode;Vestiging\n', ';', 50 * 1000 * 1000) },
  'max-rows-xlsx': { file: 'max-rows.xlsx', make: (p) => writeWorkbook(p, 1_048_576, 16, employeeCell) },
  'wide-xlsx': { file: 'wide.xlsx', make: (p) => writeWorkbook(p, 2_000, 1_024, employeeCell) },
};

/** Runs the CLI under /usr/bin/time and returns seconds, peak MB, exit code and the last stderr line. */
function measure(args) {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const stats = /TIME ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
  const lines = run.stderr.split('\n').filter((l) => l && !l.startsWith('TIME') && !l.startsWith('Command exited'));
  const message = lines.find((l) => l.startsWith('error:')) ?? (run.status === 0 ? 'ok' : lines.at(-1) ?? '');
  return { seconds: Number(stats[1]), peakMb: Math.round(Number(stats[2]) / 1024), exit: run.status, message: message.slice(0, 140) };
}

const wanted = process.argv.slice(2);
for (const [name, spec] of Object.entries(CASES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const path = join(outDir, spec.file);
  if (!existsSync(path)) {
    const started = performance.now();
    try {
      await spec.make(path);
    } catch (error) {
      if (existsSync(path)) unlinkSync(path);
      throw error;
    }
    console.error(`${name}: generated ${(statSync(path).size / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  for (const command of ['columns', 'scan']) {
    const args = command === 'columns' ? ['columns', path, '--json'] : ['scan', path, '--location', 'Dordrecht=51.7985,4.6681', '--json'];
    console.log(JSON.stringify({ case: name, command, sizeMiB: Number((statSync(path).size / 2 ** 20).toFixed(1)), ...measure(args) }));
  }
}
