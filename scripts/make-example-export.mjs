#!/usr/bin/env node
/**
 * Generates the bundled example HR export of a fictional Dordrecht hospital ("Merwede Ziekenhuis", in the style of a large
 * ziekenhuis" style, 3 locations) as it would come out of a Dutch HR system: semicolons, Dutch
 * headers, decimal commas, a title and date row above the header, Windows-1252 text, a few bad
 * rows, and personal columns that mobiscan must drop. Seeded, so the output is the same on every
 * run. Usage: node scripts/make-example-export.mjs [employees=3000]
 *
 * Every name, street and personnel number is invented. Place coordinates below are rounded town
 * centres (used only to make the HR distance column plausible); postcodes are PC4 areas of those
 * towns with random PC6 letters.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { choosers, haversineKm, rng } from './lib/seeded.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'examples');
const count = Number(process.argv[2] ?? 3000);

const random = rng(20261127);
const { pick, weighted } = choosers(random);

// [place, lat, lon, PC4 list, weight (how many staff live there), country]
const places = [
  ['Dordrecht', 51.8133, 4.6901, [3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3321, 3322, 3323, 3324, 3325, 3326, 3328, 3329], 30, 'NL'],
  ['Zwijndrecht', 51.8175, 4.6333, [3331, 3332, 3333, 3334, 3335], 9, 'NL'],
  ['Hendrik-Ido-Ambacht', 51.8442, 4.6389, [3341, 3342, 3343, 3344], 6, 'NL'],
  ['Papendrecht', 51.8317, 4.6875, [3351, 3352, 3353, 3354, 3355, 3356], 6, 'NL'],
  ['Sliedrecht', 51.8214, 4.7764, [3361, 3362, 3363, 3364], 6, 'NL'],
  ['Alblasserdam', 51.8658, 4.66, [2951, 2952, 2953, 2954], 3, 'NL'],
  ['Ridderkerk', 51.87, 4.6028, [2981, 2982, 2983, 2984, 2985, 2986, 2987], 4, 'NL'],
  ['Barendrecht', 51.8567, 4.5347, [2991, 2992, 2993, 2994], 4, 'NL'],
  ['Rotterdam', 51.9225, 4.4792, [3012, 3021, 3031, 3042, 3053, 3061, 3071, 3072, 3074, 3081, 3083, 3084], 9, 'NL'],
  ['Gorinchem', 51.8306, 4.9742, [4201, 4202, 4203, 4204, 4205, 4206], 3, 'NL'],
  ['Hardinxveld-Giessendam', 51.83, 4.84, [3371, 3372, 3373], 2, 'NL'],
  ['Oud-Beijerland', 51.8242, 4.4125, [3261, 3262, 3263], 3, 'NL'],
  ["'s-Gravendeel", 51.7808, 4.6158, [3295], 2, 'NL'],
  ['Puttershoek', 51.8058, 4.5642, [3297], 1, 'NL'],
  ['Spijkenisse', 51.845, 4.3292, [3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208], 2, 'NL'],
  ['Breda', 51.5861, 4.7764, [4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819], 3, 'NL'],
  ['Gouda', 52.0167, 4.7083, [2801, 2802, 2803, 2804, 2805, 2806], 1, 'NL'],
  ['Den Haag', 52.0705, 4.3007, [2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518], 1, 'NL'],
  ['Utrecht', 52.0907, 5.1214, [3511, 3512, 3513, 3514, 3515, 3521, 3522, 3523], 1, 'NL'],
  ['Zevenbergen', 51.645, 4.605, [4761], 1, 'NL'],
  ['Numansdorp', 51.733, 4.437, [3281], 1, 'NL'],
  ['Antwerpen', 51.2194, 4.4025, [2000, 2018, 2020, 2060], 0.3, 'BE'],
];

// The hospital's locations: name, postcode, lat, lon, share of staff.
const locations = [
  ['Dordrecht', '3318 AT', 51.7985, 4.6681, 0.72],
  ['Zwijndrecht', '3331 LZ', 51.8216, 4.6383, 0.18],
  ['Sliedrecht', '3363 BE', 51.8233, 4.7651, 0.1],
];

const firstNames = ['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanneke', 'Ilse', 'Jeroen', 'Karin', 'Lotte', 'Mohammed', 'Noor', 'Olaf', 'Petra', 'Ruud', 'Sanne', 'Thijs', 'Ümit', 'Vera', 'Willem', 'Yasmina', 'Zoë', 'Anaïs', 'Joëlle', 'Renée'];
const lastNames = ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', "'t Hart", 'Çelik', 'Yılmaz'.replace('ı', 'i'), 'Kraaijeveld', 'van der Graaf'];
const streets = ['Dordtsestraatweg', 'Singel', 'Voorstraat', 'Wijnstraat', 'Kerkstraat', 'Burgemeester de Raadtsingel', 'Noordendijk', 'Merwedestraat', 'Oranjelaan', 'Crabbehof'];
const departments = ['Cardiologie', 'Spoedeisende hulp', 'OK', 'Interne geneeskunde', 'Facilitair', 'ICT', 'Laboratorium', 'Verpleegafdeling 4', 'Radiologie', 'Financiën'];
const shifts = [
  ['Dagdienst', '07:30', 40],
  ['Vroege dienst', '07:00', 15],
  ['Late dienst', '15:00', 15],
  ['Nachtdienst', '23:00', 8],
  ['Kantoor', '08:30', 22],
];

const letters = () => {
  const abc = 'ABCDEFGHJKLMNPRSTVWXZ';
  let s;
  do s = pick([...abc]) + pick([...abc]);
  while (['SA', 'SD', 'SS'].includes(s));
  return s;
};
/** Current mode by one-way road distance, loosely after CBS commuting shares (METHOD.md 4). */
function modeFor(km, lease) {
  if (lease) return 'Auto';
  if (km < 2.5) return weighted([['Fiets', 50], ['Lopen', 15], ['Auto', 25], ['E-bike', 10]]);
  if (km < 7.5) return weighted([['Fiets', 35], ['E-bike', 12], ['Auto', 45], ['Bus', 5], ['Scooter', 3]]);
  if (km < 15) return weighted([['Auto', 65], ['E-bike', 15], ['Fiets', 8], ['OV', 7], ['Carpool', 5]]);
  if (km < 30) return weighted([['Auto', 75], ['Trein', 10], ['OV', 5], ['Carpool', 6], ['Speed pedelec', 4]]);
  return weighted([['Auto', 78], ['Trein', 15], ['Carpool', 7]]);
}
const nl = (x, d = 1) => x.toFixed(d).replace('.', ',');

const header = ['Personeelsnummer', 'Achternaam', 'Voornaam', 'Geboortedatum', 'Straat', 'Huisnummer', 'Postcode', 'Woonplaats', 'Land', 'Vestiging', 'Afdeling', 'Deeltijdfactor', 'Dagen per week', 'Thuiswerkdagen', 'Vervoerwijze', 'Leaseauto', 'Brandstof', 'Reiskostenvergoeding', 'Afstand woon-werk (km)', 'Dienst', 'Begintijd', 'E-mailadres'];
const rows = [];
for (let i = 0; i < count; i++) {
  const placeEntry = weighted(places.map((p) => [p, p[4]]));
  const [place, pLat, pLon, pc4s, , country] = placeEntry;
  const loc = weighted(locations.map((l) => [l, l[4]]));
  const pc4 = pick(pc4s);
  const postcode = country === 'BE' ? `B-${pc4}` : random() < 0.85 ? `${pc4} ${letters()}` : random() < 0.5 ? `${pc4}${letters().toLowerCase()}` : String(pc4);
  const lat = pLat + (random() - 0.5) * 0.03;
  const lon = pLon + (random() - 0.5) * 0.05;
  const km = haversineKm(lat, lon, loc[2], loc[3]) * 1.3 + 0.3;
  const [shift, start] = weighted(shifts.map((s) => [[s[0], s[1]], s[2]]));
  const fte = weighted([[1, 35], [0.89, 15], [0.8, 15], [0.67, 12], [0.56, 10], [0.44, 8], [0.33, 5]]);
  const lease = shift === 'Kantoor' && random() < 0.15;
  const mode = modeFor(km, lease);
  const fuel = mode === 'Auto' ? (lease ? weighted([['Elektrisch', 60], ['Plug-in hybride', 20], ['Benzine', 20]]) : weighted([['Benzine', 60], ['Diesel', 20], ['Hybride', 12], ['Elektrisch', 8]])) : '';
  const allowance = lease ? 'Geen' : mode === 'Trein' || mode === 'OV' || mode === 'Bus' ? 'OV-vergoeding' : km >= 10 || mode === 'Auto' ? 'Km-vergoeding' : 'Geen';
  const homework = shift === 'Kantoor' ? weighted([[0, 40], [1, 35], [2, 25]]) : 0;
  const days = Math.max(1, Math.round(fte * 5));
  rows.push([
    String(100000 + i * 7),
    pick(lastNames),
    pick(firstNames),
    `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${1960 + Math.floor(random() * 42)}`,
    pick(streets),
    String(1 + Math.floor(random() * 180)),
    postcode,
    place,
    country === 'BE' ? 'België' : 'Nederland',
    loc[0],
    pick(departments),
    nl(fte, 2),
    String(days),
    String(homework),
    mode,
    lease ? 'Ja' : 'Nee',
    fuel,
    allowance,
    allowance === 'Km-vergoeding' || allowance === 'OV-vergoeding' ? nl(km, 1) : '',
    shift,
    start,
    `medewerker${i}@asz-voorbeeld.nl`,
  ]);
}
// A few rows that a real export has and mobiscan must reject or warn about.
const bad = [
  ['109999', 'Jansen', 'Piet', '01-01-1970', 'Voorstraat', '12', '33AB', '', 'Nederland', 'Dordrecht', 'OK', '1,0', '5', '0', 'Auto', 'Nee', 'Benzine', 'Km-vergoeding', '', 'Dagdienst', '07:30', 'p@asz-voorbeeld.nl'],
  ['110006', 'Smit', 'Els', '02-02-1975', 'Singel', '4', '3312 KL', 'Dordrecht', 'Nederland', 'Dordrecht', 'ICT', '7', '5', '0', 'Fiets', 'Nee', '', 'Geen', '', 'Kantoor', '08:30', 'e@asz-voorbeeld.nl'],
  ['110013', 'Bos', 'Kees', '03-03-1980', 'Kerkstraat', '9', '3351 AB', 'Papendrecht', 'Nederland', 'Dordrecht', 'Lab', '0,8', '4', '0', 'Auto', 'Nee', 'Diesel', 'Km-vergoeding', '-5', 'Dagdienst', '07:30', 'k@asz-voorbeeld.nl'],
  ['110020', 'Vos', 'Ria', '04-04-1985', 'Singel', '7', '', '', 'Nederland', 'Dordrecht', 'OK', '1,0', '5', '0', 'Auto', 'Nee', 'Benzine', 'Km-vergoeding', '412', 'Dagdienst', '07:30', 'r@asz-voorbeeld.nl'],
  [rows[10][0], 'Dubbel', 'Dirk', '05-05-1990', 'Wijnstraat', '3', '3311 BC', 'Dordrecht', 'Nederland', 'Dordrecht', 'OK', '1,0', '5', '0', 'Fiets', 'Nee', '', 'Geen', '', 'Dagdienst', '07:30', 'd@asz-voorbeeld.nl'],
  new Array(header.length).fill(''),
];
for (const [at, row] of [[400, bad[0]], [800, bad[1]], [1200, bad[2]], [1600, bad[3]], [2000, bad[4]], [2400, bad[5]]]) rows.splice(Math.min(at, rows.length), 0, row);
rows.splice(Math.min(1500, rows.length), 0, header); // the header repeated mid-file, as when two exports are pasted together

const quote = (v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = [
  'Personeelsoverzicht Merwede Ziekenhuis (voorbeeld, fictief)',
  'Peildatum: 01-10-2026',
  '',
  header.join(';'),
  ...rows.map((r) => r.map(quote).join(';')),
];
const text = lines.join('\r\n') + '\r\n';
// Windows-1252: every character used here is in Latin-1, which maps 1:1 on Windows-1252 for these.
const bytes = Buffer.from(text, 'latin1');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ziekenhuis-hr.csv'), bytes);

// The .xlsx variant: the first 400 employees, header on row 4 under a merged title, numbers as numbers.
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Medewerkers');
sheet.addRow(['Personeelsoverzicht Merwede Ziekenhuis (voorbeeld, fictief)']);
sheet.mergeCells(1, 1, 1, 6);
sheet.addRow(['Peildatum:', new Date(Date.UTC(2026, 9, 1))]);
sheet.addRow([]);
const xHeader = header.map((h) => (h === 'Deeltijdfactor' ? 'Uren per week' : h));
sheet.addRow(xHeader);
for (const r of rows.slice(0, 400)) {
  if (r.every((c) => c === '') || r[0] === 'Personeelsnummer') continue;
  const values = r.map((v, i) => {
    if (header[i] === 'Deeltijdfactor') return v ? Math.round(Number(v.replace(',', '.')) * 36 * 10) / 10 : null;
    if (['Dagen per week', 'Thuiswerkdagen'].includes(header[i])) return v === '' ? null : Number(v);
    if (header[i] === 'Afstand woon-werk (km)') return v === '' ? null : Number(v.replace(',', '.'));
    return v;
  });
  sheet.addRow(values);
}
await workbook.xlsx.writeFile(join(out, 'ziekenhuis-hr.xlsx'));
console.log(`wrote examples/ziekenhuis-hr.csv (${rows.length} rows) and examples/ziekenhuis-hr.xlsx`);
