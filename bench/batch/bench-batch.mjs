#!/usr/bin/env node
/**
 * Benchmark of `mobiscan batch` (issue 7): an alliance of 55 members with 90,000 employees in
 * all (the Rotterdam climate alliance's size), every report included (xlsx + pdf per member and
 * for the alliance), with PC4 geocoding from the real GeoNames file in ../shared/data. Members sit
 * at real Dutch PC4 centroids around Rotterdam; their staff live at PC4s within ~40 km.
 * Each run is a fresh process on a fresh workspace.
 *
 *   npm run build && node bench/batch/bench-batch.mjs [members=55] [employees=90000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'mobiscan.js');
const members = Number(process.argv[2] ?? 55);
const employees = Number(process.argv[3] ?? 90_000);

function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const random = lcg(55);
const pc4s = readFileSync(join(root, '..', 'shared', 'data', 'nl-pc4.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split('\t')).map(([pc4, place, , , lat, lon]) => ({ pc4, place, lat: Number(lat), lon: Number(lon) }))
  .filter((p) => Math.hypot(p.lat - 51.92, (p.lon - 4.48) * 0.62) < 0.45);
const near = (c, km) => pc4s.filter((p) => Math.hypot((p.lat - c.lat) * 111, (p.lon - c.lon) * 69) < km);

const base = mkdtempSync(join(tmpdir(), 'mobiscan-bench-batch-'));
const exportsDir = join(base, 'exports');
mkdirSync(exportsDir);
const modes = ['auto', 'auto', 'auto', 'auto', 'fiets', 'e-bike', 'OV', 'trein', 'carpool', 'lopen'];
const yaml = ['companies:'];
for (let m = 0; m < members; m++) {
  const id = `lid${String(m + 1).padStart(2, '0')}`;
  const site = pc4s[Math.floor(random() * pc4s.length)];
  yaml.push(`  - id: ${id}`, `    name: Bench lid ${m + 1}`, `    headcount: ${Math.round(employees / members)}`, `    shares_with_alliance: ${m % 3 !== 0}`,
    '    locations:', `      - name: Hoofdlocatie`, `        lat: ${site.lat}`, `        lon: ${site.lon}`);
  const homes = near(site, 40);
  const size = Math.round((employees / members) * (0.5 + random()));
  const lines = ['Personeelsnummer;Naam;Postcode;Woonplaats;FTE;Vervoerwijze;Leaseauto;Begintijd;Thuiswerkdagen'];
  for (let i = 0; i < size; i++) {
    const h = homes[Math.floor(random() ** 2 * homes.length)];
    lines.push(`${m * 100000 + i};X;${h.pc4} AB;${h.place};${(0.5 + random() / 2).toFixed(1).replace('.', ',')};${modes[Math.floor(random() * modes.length)]};${random() < 0.1 ? 'ja' : 'nee'};0${6 + Math.floor(random() * 4)}:00;${Math.floor(random() * 3)}`);
  }
  writeFileSync(join(exportsDir, `${id}.csv`), lines.join('\r\n') + '\r\n', 'latin1');
}
writeFileSync(join(base, 'members.yaml'), yaml.join('\n') + '\n');
const dataDir = join(base, 'geo');
execFileSync(process.execPath, [cli, 'geodata', 'import', join(root, '..', 'shared', 'data', 'geonames', 'NL.txt'), '--data-dir', dataDir, '--quiet']);

for (const jobs of [undefined, 0]) {
  const ws = join(base, `ws-${jobs ?? 'default'}`);
  execFileSync(process.execPath, [cli, 'init', ws, '--name', 'Bench alliantie', '--quiet']);
  execFileSync(process.execPath, [cli, 'company', 'import', join(base, 'members.yaml'), '--workspace', ws, '--quiet']);
  const started = performance.now();
  const out = execFileSync(process.execPath, [cli, 'batch', '--exports', exportsDir, '--workspace', ws, '--data-dir', dataDir, '--json', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])], { maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const outcome = JSON.parse(out.toString());
  const scanned = outcome.members.filter((x) => x.status === 'scanned');
  const total = scanned.reduce((s, x) => s + x.employees, 0);
  const files = scanned.reduce((s, x) => s + x.files.length, 0) + outcome.allianceFiles.length;
  console.log(`batch, ${jobs === undefined ? 'default worker threads' : `--jobs ${jobs}`}: ${scanned.length} members, ${total} employees, ${files} report files in ${seconds.toFixed(1)} s`);
}
