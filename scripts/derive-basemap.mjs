#!/usr/bin/env node
/**
 * Derives data/basemap/nl-basemap.json, the background of the report map: land, coast and
 * borders of the Netherlands and its neighbours, and one area per Dutch PC4 postcode.
 * Not run at build or run time: the output is committed (about 320 kB). Takes about a minute.
 *
 *   npm run build && node scripts/derive-basemap.mjs [path/to/NL.txt]
 *   (default: ../shared/data/geonames/NL.txt beside the checkout)
 *
 * Sources:
 * - Land and borders: Natural Earth 1:10m Admin 0 countries (public domain), as TopoJSON in the
 *   npm package world-atlas (ISC), read with topojson-client.
 * - PC4 points: the GeoNames postal-code file for the Netherlands (CC BY 4.0), cleaned by
 *   mobiscan's own importer (dist/core/geo/postcode-import.js: misplaced rows corrected or
 *   dropped, several places of one PC4 averaged), so the areas agree with `geodata import`.
 * - PC4 areas: scripts/lib/pc4-areas.mjs (Voronoi cells clipped to Dutch land and to a disc of
 *   AREA_REACH_KM around each point). These are approximations of the real areas (the
 *   official PC4 shapes are not openly available in a redistributable form); the report says so.
 *
 * Output: coordinates as integers in units of 1/SCALE degree; each ring a flat list
 * [lon0, lat0, dLon1, dLat1, ...] (deltas after the first point) to keep the file small.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import { pc4Areas } from './lib/pc4-areas.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const source = resolve(process.argv[2] ?? resolve(root, '../shared/data/geonames/NL.txt'));
const { buildPostcodeImport } = await import(resolve(root, 'dist/core/geo/postcode-import.js'));

/** 1/SCALE degree is about 55 m north-south and 35 m east-west: below a point at map scale. */
const SCALE = 2000;
/** The part of the world kept: the Netherlands with 60-100 km of Belgium and Germany around it. */
const BOX = { west: 2.0, east: 8.2, south: 50.0, north: 54.0 };
/** A PC4 area reaches at most this far from its point (a sparse PC4 beside water stays near). */
const AREA_REACH_KM = 6;
const COUNTRIES = { 528: 'NL', '056': 'BE', 276: 'DE' };

const atlasVersion = require('world-atlas/package.json').version;
const world = require('world-atlas/countries-10m.json');
const boxRing = [[BOX.west, BOX.south], [BOX.east, BOX.south], [BOX.east, BOX.north], [BOX.west, BOX.north], [BOX.west, BOX.south]];
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

const countries = feature(world, world.objects.countries).features.filter((f) => COUNTRIES[f.id]);
const land = Object.fromEntries(countries.map((f) => [COUNTRIES[f.id], polygonClipping.intersection(polygonsOf(f.geometry), [boxRing])]));
const borderLines = mesh(world, world.objects.countries, (a, b) => a !== b && (COUNTRIES[a.id] || COUNTRIES[b.id])).coordinates
  .map((line) => line.filter(([lon, lat]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north))
  .filter((line) => line.length > 1);

// PC4 points exactly as `mobiscan geodata import` would store them.
const imported = buildPostcodeImport([{ name: 'NL.txt', text: readFileSync(source, 'utf8'), format: 'geonames' }]);
const points = [...imported.table.pc4].sort(([a], [b]) => a.localeCompare(b));
const cells = pc4Areas(points.map(([, p]) => p), land.NL, BOX, AREA_REACH_KM);
const areas = points.map(([pc4, p], i) => [pc4, p, cells[i]]);

const q = (x) => Math.round(x * SCALE);
/** One ring as deltas of quantised points, repeated points dropped, the closing point left out. */
function encodeRing(ring) {
  const out = [];
  let last = null;
  for (const [lon, lat] of ring.slice(0, -1)) {
    const point = [q(lon), q(lat)];
    if (last && point[0] === last[0] && point[1] === last[1]) continue;
    out.push(...(last ? [point[0] - last[0], point[1] - last[1]] : point));
    last = point;
  }
  return out.length >= 6 ? out : null;
}
const encodeMulti = (multi) => multi.flatMap((polygon) => polygon.map(encodeRing).filter(Boolean));
const encodeLine = (line) => encodeRing([...line, line.at(-1)]);

const out = {
  about: 'Basemap of the mobiscan report map; see data/ATTRIBUTION.md. Derived by scripts/derive-basemap.mjs.',
  sources: [`Natural Earth 1:10m Admin 0 countries via world-atlas ${atlasVersion}`, 'GeoNames postal codes NL (www.geonames.org), CC BY 4.0, cleaned by the mobiscan importer'],
  scale: SCALE,
  areaReachKm: AREA_REACH_KM,
  land: Object.fromEntries(Object.entries(land).map(([code, multi]) => [code, encodeMulti(multi)])),
  borders: borderLines.map(encodeLine).filter(Boolean),
  pc4: Object.fromEntries(areas.map(([pc4, p, multi]) => [pc4, [q(p.lon), q(p.lat), ...[encodeMulti(multi)]]])),
};
const text = `{\n${Object.entries(out).map(([k, v]) => `  ${JSON.stringify(k)}: ${k === 'pc4' ? `{\n${Object.entries(v).map(([pc4, a]) => `    ${JSON.stringify(pc4)}: ${JSON.stringify(a)}`).join(',\n')}\n  }` : JSON.stringify(v)}`).join(',\n')}\n}\n`;
const file = resolve(root, 'data/basemap/nl-basemap.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
const empty = areas.filter(([, , multi]) => multi.length === 0).map(([pc4]) => pc4);
console.log(`${points.length} PC4 areas (${empty.length} without land: ${empty.join(' ') || 'none'}), ${borderLines.length} border lines; ${(text.length / 1024).toFixed(0)} kB in ${file}`);
