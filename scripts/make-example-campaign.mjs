#!/usr/bin/env node
/**
 * The example alliance's campaign: the European Mobility Week of 2026 (Wednesday 16 to Tuesday
 * 22 September) with all members, and one registration export of the week as a campaign app
 * would give it (date, member, participant number, trips, km, mode instead, peak). Invented,
 * seeded: same seed, same bytes. Run: node scripts/make-example-campaign.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choosers, rng } from './lib/seeded.mjs';

const ALLIANCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'alliance');
const random = rng(20260916);
const { pick, weighted } = choosers(random);

// Members with roughly their head count (the example exports) and how keen they are.
const MEMBERS = [
  ['asz', 3000, 0.05, 'Merwede Ziekenhuis'],
  ['gemdor', 1100, 0.07, 'Gemeente Drechtstad, stadskantoor'],
  ['dcbp', 220, 0.04, null],
  ['hoofd', 1800, 0.06, null],
  ['college', 700, 0.05, 'Drechtland College, mbo'],
  ['zorg2', 900, 0.04, null],
];
const DAYS = ['16-09-2026', '17-09-2026', '18-09-2026', '21-09-2026', '22-09-2026'];
const MODES = [['fiets', 40], ['e-bike', 25], ['OV', 12], ['trein', 6], ['carpool', 7], ['thuiswerken', 10]];

const rows = [['Datum', 'Deelnemer', 'Personeelsnummer', 'Aantal', 'Km', 'Vervoerwijze', 'Spits']];
for (const [id, employees, keenness, name] of MEMBERS) {
  const participants = Math.round(employees * keenness);
  for (let p = 0; p < participants; p++) {
    const number = String(10000 + Math.floor(random() * 89999));
    const oneWayKm = Math.round((3 + random() ** 1.6 * 27) * 10) / 10;
    const mode = weighted(MODES);
    const days = DAYS.filter(() => random() < 0.55);
    for (const day of days) {
      const trips = random() < 0.85 ? 2 : 1; // there and back, or one way
      const peak = random() < 0.78 ? 'ja' : 'nee';
      // the app shows the member by its name for some members, by its short code for others
      rows.push([day, name !== null && random() < 0.5 ? name : id, number, String(trips), (oneWayKm * trips).toFixed(1).replace('.', ','), mode, peak]);
    }
  }
}
// Two late entries after the week: the import counts them apart, with a warning.
rows.push(['23-09-2026', 'asz', '10001', '2', '14,0', 'fiets', 'ja'], ['24-09-2026', 'gemdor', '10002', '2', '9,6', 'e-bike', 'ja']);

const campaign = join(ALLIANCE, 'campaign');
mkdirSync(campaign, { recursive: true });
writeFileSync(join(campaign, 'mobiliteitsweek-2026.csv'), rows.map((r) => r.join(';')).join('\r\n') + '\r\n');
writeFileSync(
  join(ALLIANCE, 'campaigns.csv'),
  'id;naam;van;tot;deelnemers\r\nmobiliteitsweek-2026;Europese Mobiliteitsweek 2026;16-09-2026;22-09-2026;\r\n',
);
console.log(`wrote ${rows.length - 1} registrations`);
