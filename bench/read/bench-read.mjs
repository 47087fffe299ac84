#!/usr/bin/env node
/**
 * Benchmark of reading HR exports: openTable (detect, decode windows-1252, parse, trim) against
 * a bare csv-parse pass over the same bytes, for 100,000 and 1,000,000 rows. Every measurement
 * runs in a fresh child process so its peak memory is its own.
 *
 *   npx tsc -p tsconfig.build.json && node bench/read/bench-read.mjs [rows ...]
 *
 * Uses the BUILT code in dist/. Generated files go to bench/out/ (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'bench', 'out');
const builtOpenTable = join(root, 'dist', 'adapters', 'read', 'open-table.js');

/** A child run: read `file` with `method`, print {rows, ms, peakRssMb} as JSON. */
async function child(method, file) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let rows = 0;
  if (method === 'openTable') {
    const { openTable } = await import(pathToFileURL(builtOpenTable).href);
    const source = await openTable(file);
    for await (const _ of source.rows) rows++;
  } else {
    const { parse } = await import('csv-parse');
    const parser = createReadStream(file).pipe(parse({ delimiter: ';', relax_column_count: true }));
    for await (const _ of parser) rows++;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  // maxRSS is the kernel's own peak (KB), which the 20 ms sampling can only approach
  const peakRssMb = Math.max(peak / 2 ** 20, process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ rows, ms, peakRssMb }));
}

/** Tiny deterministic generator, so every run reads the same file. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PLACES = ['Dordrecht', 'Zwijndrecht', "'s-Gravendeel", 'Papendrecht', 'Gorinchem', 'Rotterdam', 'Liège', 'Mönchengladbach', 'Sliedrecht', 'Hendrik-Ido-Ambacht'];
const SITES = ['Hoofdkantoor', 'Locatie Zuid', 'Distributiecentrum', 'Ziekenhuis Dordwijk'];
const MODES = ['auto', 'fiets', 'e-bike', 'OV', 'trein', 'carpool', 'lopen', 'onbekend'];
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';

/** Writes a realistic Dutch HR export of `rows` rows: ';', decimal commas, PC6, windows-1252. */
async function generate(rows, file) {
  const random = lcg(rows);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = createWriteStream(file, { encoding: 'latin1' });
  out.write('Postcode;Woonplaats;Vestiging;FTE;Uren per week;Vervoerwijze;Afstand woon-werk (km);Begintijd;Leaseauto\r\n');
  for (let i = 0; i < rows; i++) {
    const pc4 = 1000 + Math.floor(random() * 8999);
    const postcode = `${pc4} ${pick(LETTERS)}${pick(LETTERS)}`;
    const hours = pick([16, 24, 28.8, 32, 36, 40]);
    const fte = (hours / 36).toFixed(2).replace('.', ',');
    const km = (random() * 60).toFixed(1).replace('.', ',');
    const start = `${String(6 + Math.floor(random() * 5)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
    const line = `${postcode};${pick(PLACES)};${pick(SITES)};${fte};${String(hours).replace('.', ',')};${pick(MODES)};${km};${start};${random() < 0.2 ? 'ja' : 'nee'}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs one measurement in a fresh Node process. */
function measure(method, file) {
  const json = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', method, file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(json);
}

async function main() {
  if (!existsSync(builtOpenTable)) {
    console.error(`Not built: ${builtOpenTable} is missing. Run: npx tsc -p tsconfig.build.json`);
    process.exit(1);
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  mkdirSync(outDir, { recursive: true });
  const table = [];
  for (const rows of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
    const file = join(outDir, `hr-export-${rows}.csv`);
    if (!existsSync(file)) await generate(rows, file);
    const mb = statSync(file).size / 2 ** 20;
    for (const method of ['csv-parse', 'openTable']) {
      const result = measure(method, file);
      table.push({
        rows: rows.toLocaleString('en'),
        'file MB': mb.toFixed(1),
        method,
        'rows read': result.rows.toLocaleString('en'),
        seconds: (result.ms / 1000).toFixed(2),
        'rows/s': Math.round(result.rows / (result.ms / 1000)).toLocaleString('en'),
        'peak RSS MB': result.peakRssMb.toFixed(0),
      });
    }
  }
  console.table(table);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
