#!/usr/bin/env node
/**
 * Benchmark of the whole scan (issue 3): `mobiscan scan` on generated HR exports of 100,000 and
 * 1,000,000 employees with PC4 geocoding (the real GeoNames NL file from ../shared/data, imported
 * into a temporary data dir), against a bare csv-parse pass over the same file. Each run is a
 * fresh process measured by /usr/bin/time (wall time and peak RSS); the median of three runs.
 *
 *   npm run build && node bench/scan/bench-scan.mjs [rows ...]
 *
 * Generated files go to bench/out/ (gitignored). Needs ../shared/data (tests and benchmarks only).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'bench', 'out');
const geonames = join(root, '..', 'shared', 'data', 'geonames', 'NL.txt');
const pc4Table = join(root, '..', 'shared', 'data', 'nl-pc4.tsv');
const cli = join(root, 'bin', 'mobiscan.js');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rowsList = sizes.length > 0 ? sizes : [100_000, 1_000_000];

function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** PC4s within ~60 km of Dordrecht, with their place, so commutes are plausible. */
function nearbyPc4s() {
  const lines = readFileSync(pc4Table, 'utf8').trim().split('\n').slice(1);
  return lines
    .map((l) => l.split('\t'))
    .map(([pc4, place, , , lat, lon]) => ({ pc4, place, lat: Number(lat), lon: Number(lon) }))
    .filter((p) => Math.hypot(p.lat - 51.8, (p.lon - 4.67) * 0.62) < 0.55);
}

async function generate(rows, file) {
  const random = lcg(rows);
  const pc4s = nearbyPc4s();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const letters = 'ABCDEFGHJKLMNPRTVWXZ';
  const modes = ['auto', 'auto', 'auto', 'fiets', 'e-bike', 'OV', 'trein', 'carpool', 'lopen', 'onbekend'];
  const sites = ['Dordrecht', 'Zwijndrecht', 'Sliedrecht'];
  const out = createWriteStream(file, { encoding: 'latin1' });
  out.write('Personeelsnummer;Achternaam;Postcode;Woonplaats;Vestiging;FTE;Vervoerwijze;Leaseauto;Begintijd\r\n');
  for (let i = 0; i < rows; i++) {
    const p = pick(pc4s);
    const line = `${100000 + i};Jansen;${p.pc4} ${pick([...letters])}${pick([...letters])};${p.place};${pick(sites)};${(0.5 + random() * 0.5).toFixed(2).replace('.', ',')};${pick(modes)};${random() < 0.1 ? 'ja' : 'nee'};0${6 + Math.floor(random() * 4)}:${random() < 0.5 ? '00' : '30'}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The median of three runs: this machine's wall times vary by a fifth from run to run. */
function timed(args, env) {
  const runs = [timedOnce(args, env), timedOnce(args, env), timedOnce(args, env)].sort((a, b) => a.seconds - b.seconds);
  return runs[1];
}

function timedOnce(args, env) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, peakMb: kb / 1024 };
}

mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'mobiscan-bench-geo-'));
execFileSync(process.execPath, [cli, 'geodata', 'import', geonames, '--data-dir', dataDir, '--quiet']);
const bare = `const {parse}=await import(${JSON.stringify(join(root, 'node_modules', 'csv-parse', 'lib', 'index.js'))});const fs=await import('node:fs');let n=0;for await (const r of fs.createReadStream(process.argv[1]).pipe(parse({delimiter:';',relax_column_count:true})))n++;console.log(n);`;
console.log('rows       file MB   bare csv-parse (s, MB)   mobiscan scan (s, MB)   ratio');
for (const rows of rowsList) {
  const file = join(outDir, `scan-${rows}.csv`);
  if (!existsSync(file)) await generate(rows, file);
  const mb = statSync(file).size / 2 ** 20;
  const base = timed([process.execPath, '--input-type=module', '-e', bare, file]);
  const scan = timed([process.execPath, cli, 'scan', file, '--location', 'Dordrecht=3318AT', '--location', 'Zwijndrecht=3331LZ', '--location', 'Sliedrecht=3363BE', '--json'], { MOBISCAN_DATA_DIR: dataDir });
  console.log(
    `${String(rows).padEnd(10)} ${mb.toFixed(1).padStart(7)}   ${base.seconds.toFixed(2).padStart(8)} s ${base.peakMb.toFixed(0).padStart(6)} MB   ${scan.seconds.toFixed(2).padStart(8)} s ${scan.peakMb.toFixed(0).padStart(6)} MB   ${(scan.seconds / base.seconds).toFixed(2)}x`,
  );
}
