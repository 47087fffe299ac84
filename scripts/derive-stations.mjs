#!/usr/bin/env node
/**
 * Derives data/stations/nl-stations.json, the Dutch rail stations mobiscan uses to estimate
 * public-transport travel times, from the npm package db-hafas-stations (version 2.0.0; station
 * data: DB InfraGO, CC BY 4.0, and OpenStreetMap contributors, ODbL; package code ISC).
 * Not run at build or run time: the output is committed.
 *
 * How to run (the package is installed outside the repository, it is 140 MB):
 *   mkdir -p /tmp/derive && cd /tmp/derive && npm init -y && npm install db-hafas-stations@2.0.0
 *   node scripts/derive-stations.mjs /tmp/derive/node_modules/db-hafas-stations
 *
 * What it keeps: entries of type "station" whose id is a 7-digit EVA number starting with 84
 * (the UIC country code of the Netherlands; 6-digit ids starting with 84 are German bus stops)
 * and that are served by a train (nationalExpress, national, regionalExpress, regional or
 * suburban). That drops the Eurostar platforms (type "stop") and stations without trains.
 * Each station: {id, name, lat, lon} with 5 decimals (about 1 m).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const packageDir = resolve(process.argv[2] ?? '/tmp/derive/node_modules/db-hafas-stations');
const { version } = createRequire(import.meta.url)(`${packageDir}/package.json`);
const DUTCH_EVA = /^84\d{5}$/;
const RAIL = ['nationalExpress', 'national', 'regionalExpress', 'regional', 'suburban'];
const round = (x) => Math.round(x * 1e5) / 1e5;

const stations = [];
const lines = createInterface({ input: createReadStream(`${packageDir}/full.ndjson`) });
for await (const line of lines) {
  if (!line.includes('"id":"84')) continue; // cheap pre-filter: the file has 290,000 entries
  const s = JSON.parse(line);
  if (!DUTCH_EVA.test(s.id) || s.type !== 'station') continue;
  if (!RAIL.some((p) => s.products?.[p] === true)) continue;
  stations.push({ id: s.id, name: s.name, lat: round(s.location.latitude), lon: round(s.location.longitude) });
}
stations.sort((a, b) => a.name.localeCompare(b.name, 'nl'));

const out = resolve(new URL('..', import.meta.url).pathname, 'data/stations/nl-stations.json');
const header = {
  source: `db-hafas-stations ${version}`,
  attribution: 'Station data: DB InfraGO, CC BY 4.0, and OpenStreetMap contributors (ODbL), via the npm package db-hafas-stations; filtered by mobiscan',
};
const headerText = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
writeFileSync(out, `{\n${headerText},\n  "stations": [\n${stations.map((s) => '    ' + JSON.stringify(s)).join(',\n')}\n  ]\n}\n`);
console.log(`${stations.length} Dutch stations; wrote ${out}`);
for (const name of ['Dordrecht', 'Utrecht Centraal', 'Rotterdam Centraal']) console.log(JSON.stringify(stations.find((s) => s.name === name)));
