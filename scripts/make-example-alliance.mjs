#!/usr/bin/env node
/**
 * Generates the example alliance "Samen Bereikbaar Drechtsteden (voorbeeld)" in
 * examples/alliance/: six fictional members around Dordrecht and Rotterdam with their company
 * file, HR exports in different formats, two years of peak counts (daily tables, a raw
 * barrier log, registrations of avoided trips), measures, goals, yearly commuting km and a
 * manifest that ties it all together. The hospital reuses examples/ziekenhuis-hr.csv (made by
 * make-example-export.mjs) as its export.
 *
 * Seeded and deterministic: every run writes the same bytes (the xlsx's zip dates are fixed).
 * Usage: node scripts/make-example-alliance.mjs [--out DIR]   (default examples/alliance)
 *
 * Everything is invented: names, personnel numbers, plates, counts. Home places come from the
 * built-in place table data/places/places.json (GeoNames, CC BY 4.0) so that distances are
 * plausible; PC4 codes come from a small hand list of towns (as in make-example-export.mjs).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import ExcelJS from 'exceljs';
import { choosers, haversineKm, rng } from './lib/seeded.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'examples', 'alliance');
const ALLIANCE = 'Samen Bereikbaar Drechtsteden (voorbeeld)';
const FIRST_DAY = '2025-01-01';
const LAST_DAY = '2026-10-31';

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 as in make-example-export.mjs, one stream per output file so that
// changing one file does not reshuffle the others.

const seedOf = (text) => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
function tools(name) {
  const random = rng(seedOf(`drechtsteden-2026/${name}`));
  const { pick, weighted } = choosers(random);
  // Box-Muller: a standard normal draw for day-to-day noise.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return { random, pick, weighted, normal };
}

const nl = (x, d = 1) => x.toFixed(d).replace('.', ',');
const round4 = (x) => Math.round(x * 1e4) / 1e4;

// ---------------------------------------------------------------------------------------------
// Places: real towns (woonplaatsen) from the built-in table. The table also holds city districts
// (Ommoord, Carnisse...) that no HR system writes as a home place, hence a hand list of names.

const placeTable = JSON.parse(readFileSync(join(root, 'data', 'places', 'places.json'), 'utf8'));
const TOWNS = [
  'Dordrecht', 'Zwijndrecht', 'Hendrik-Ido-Ambacht', 'Papendrecht', 'Sliedrecht', 'Alblasserdam', 'Ridderkerk',
  'Barendrecht', 'Rotterdam', 'Gorinchem', 'Oud-Beijerland', 'Spijkenisse', 'Breda', 'Gouda', 'The Hague', 'Utrecht',
  'Schiedam', 'Vlaardingen', 'Capelle aan den IJssel', 'Krimpen aan den IJssel', 'Maassluis', 'Delft', 'Zoetermeer',
  'Hoogvliet', 'Rhoon', 'Berkel en Rodenrijs', 'Bergschenhoek', 'Pijnacker', 'Nieuw-Lekkerland', 'Strijen', 'Heerjansdam',
  'Numansdorp', 'Werkendam', 'Made', 'Geertruidenberg', 'Leerdam', 'Schoonhoven', 'Ouderkerk aan den IJssel',
  'Bleskensgraaf', 'Giessenburg', 'Klaaswaal', 'Mijnsheerenland', 'Rozenburg', 'Waddinxveen', 'Dongen', 'Roosendaal',
  'Leiden', 'Alphen aan den Rijn', 'Nieuwegein', 'Woerden', 'Hellevoetsluis', 'Middelharnis', 'Klundert', 'Westmaas',
];
// How HR writes a town whose table name is English.
const WRITTEN = { 'The Hague': 'Den Haag' };
// PC4 areas of some towns (as in make-example-export.mjs); other towns get no postcode, only the place name.
const PC4 = {
  Dordrecht: [3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3321, 3322, 3323, 3324, 3325, 3326, 3328, 3329],
  Zwijndrecht: [3331, 3332, 3333, 3334, 3335], 'Hendrik-Ido-Ambacht': [3341, 3342, 3343, 3344],
  Papendrecht: [3351, 3352, 3353, 3354, 3355, 3356], Sliedrecht: [3361, 3362, 3363, 3364], Alblasserdam: [2951, 2952, 2953, 2954],
  Ridderkerk: [2981, 2982, 2983, 2984, 2985, 2986, 2987], Barendrecht: [2991, 2992, 2993, 2994],
  Rotterdam: [3012, 3021, 3031, 3042, 3053, 3061, 3071, 3072, 3074, 3081, 3083, 3084], Gorinchem: [4201, 4202, 4203, 4204, 4205, 4206],
  'Oud-Beijerland': [3261, 3262, 3263], Spijkenisse: [3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208],
  Breda: [4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819], Gouda: [2801, 2802, 2803, 2804, 2805, 2806],
  'The Hague': [2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518], Utrecht: [3511, 3512, 3513, 3514, 3515, 3521, 3522, 3523],
};
const towns = TOWNS.map((name) => {
  const row = placeTable.NL.find((r) => r[0] === name);
  if (!row) throw new Error(`${name} is not in data/places/places.json`);
  return { name, written: WRITTEN[name] ?? name, lat: row[2], lon: row[3], population: row[4], pc4: PC4[name] ?? [] };
});
const town = (name) => towns.find((t) => t.name === name);

// ---------------------------------------------------------------------------------------------
// The members. Work locations near real stations or town centres; coordinates rounded.

const near = (name, dLat, dLon) => ({ lat: round4(town(name).lat + dLat), lon: round4(town(name).lon + dLon) });
const members = [
  {
    id: 'asz', name: 'Merwede Ziekenhuis (voorbeeld)', sector: 'ziekenhuis', headcount: 3000, declarationSigned: '2025-03-10', shares: true,
    // Same locations as examples/ziekenhuis-hr.csv writes them in its Vestiging column.
    locations: [
      { name: 'Dordrecht', postcode: '3318AT', lat: 51.7985, lon: 4.6681 },
      { name: 'Zwijndrecht', postcode: '3331LZ', lat: 51.8216, lon: 4.6383 },
      { name: 'Sliedrecht', postcode: '3363BE', lat: 51.8233, lon: 4.7651 },
    ],
  },
  {
    id: 'gemdor', name: 'Gemeente Drechtstad, stadskantoor (voorbeeld)', sector: 'gemeente', headcount: 1100, declarationSigned: '2025-02-03', shares: true,
    // Two minutes' walk from Dordrecht station (51.8073, 4.6678).
    locations: [{ name: 'Stadskantoor', postcode: '3311', lat: 51.8061, lon: 4.6655 }],
  },
  {
    id: 'dcbp', name: 'Distributiecentrum Kilpoort (voorbeeld)', sector: 'logistiek', headcount: 650, declarationSigned: '2025-03-17', shares: false,
    // A business park by the A16 south of Dordrecht, 3.5 km from the nearest station.
    locations: [{ name: 'DC Dordtse Kil', postcode: null, lat: 51.762, lon: 4.64 }],
  },
  {
    id: 'hoofd', name: 'Havenstad Verzekeringen, hoofdkantoor (voorbeeld)', sector: 'zakelijke dienstverlening', headcount: 1800, declarationSigned: '2025-03-24', shares: false,
    // Beside Rotterdam Centraal (51.9248, 4.4688).
    locations: [{ name: 'Hoofdkantoor Weena', postcode: '3012', lat: 51.9232, lon: 4.4712 }],
  },
  {
    id: 'college', name: 'Drechtland College, mbo (voorbeeld)', sector: 'onderwijs (mbo)', headcount: 700, declarationSigned: '2025-03-31', shares: true,
    // Near Dordrecht Stadspolders station (51.8019, 4.7169).
    locations: [{ name: 'Leerpark', postcode: null, lat: 51.7995, lon: 4.711 }],
  },
  {
    id: 'zorg2', name: 'Zorggroep De Waarden (voorbeeld)', sector: 'ouderenzorg', headcount: 900, declarationSigned: '2025-04-14', shares: false,
    locations: [
      { name: 'Dordrecht Noord', postcode: null, ...near('Dordrecht', 0.012, -0.004) },
      { name: 'Dordrecht Crabbehof', postcode: null, ...near('Dordrecht', -0.018, 0.006) },
      { name: 'Zwijndrecht', postcode: null, ...near('Zwijndrecht', -0.004, 0.005) },
      { name: 'Papendrecht', postcode: null, ...near('Papendrecht', 0.003, 0.004) },
      { name: 'Sliedrecht', postcode: null, ...near('Sliedrecht', 0.002, -0.006) },
      { name: 'Hendrik-Ido-Ambacht', postcode: null, ...near('Hendrik-Ido-Ambacht', -0.003, 0.002) },
      { name: 'Alblasserdam', postcode: null, ...near('Alblasserdam', -0.002, 0.004) },
    ],
  },
];

function writeMembersYaml() {
  const q = (s) => (/[:#'"]|^\s|\s$/.test(s) ? `'${s.replace(/'/g, "''")}'` : s);
  const lines = [
    `# Members of the example alliance "${ALLIANCE}". Everything is invented.`,
    '# Import with: mobiscan company import examples/alliance/members.yaml',
    'companies:',
  ];
  for (const m of members) {
    lines.push(`  - id: ${m.id}`, `    name: ${q(m.name)}`, `    sector: ${q(m.sector)}`, `    headcount: ${m.headcount}`);
    lines.push(`    declaration_signed: ${m.declarationSigned}`, `    shares_with_alliance: ${m.shares}`, '    locations:');
    for (const l of m.locations) {
      lines.push(`      - name: ${q(l.name)}`);
      if (l.postcode) lines.push(`        postcode: '${l.postcode}'`);
      lines.push(`        lat: ${l.lat}`, `        lon: ${l.lon}`);
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Employees: a work location first, then a home town weighted by population and nearness (people
// live near work), a spot within the town, and a mode that fits the distance and the sector.

/** Current mode by one-way road distance per sector, loosely after CBS commuting shares (METHOD.md 4). */
const MODES = {
  gemdor: [[2.5, [['Fiets', 55], ['Lopen', 20], ['Auto', 12], ['E-bike', 8], ['Bus', 5]]],
    [7.5, [['Fiets', 40], ['E-bike', 15], ['Auto', 30], ['Bus', 10], ['Scooter', 2]]],
    [15, [['Auto', 45], ['E-bike', 18], ['Trein', 15], ['Bus', 10], ['Carpool', 4], ['Fiets', 8]]],
    [30, [['Auto', 50], ['Trein', 35], ['Carpool', 5], ['Speed pedelec', 5], ['OV', 5]]],
    [Infinity, [['Auto', 45], ['Trein', 50], ['Carpool', 5]]]],
  dcbp: [[2.5, [['Fiets', 50], ['Auto', 30], ['E-bike', 12], ['Lopen', 8]]],
    [7.5, [['Auto', 55], ['Fiets', 25], ['E-bike', 12], ['Scooter', 6], ['Bus', 2]]],
    [15, [['Auto', 72], ['E-bike', 12], ['Carpool', 10], ['Fiets', 4], ['Bus', 2]]],
    [30, [['Auto', 82], ['Carpool', 12], ['Speed pedelec', 3], ['OV', 3]]],
    [Infinity, [['Auto', 85], ['Carpool', 15]]]],
  hoofd: [[2.5, [['Fiets', 50], ['Lopen', 25], ['Tram/metro', 15], ['Auto', 10]]],
    [7.5, [['Fiets', 35], ['Tram/metro', 30], ['E-bike', 10], ['Auto', 20], ['Bus', 5]]],
    [15, [['Tram/metro', 25], ['Trein', 25], ['Auto', 30], ['E-bike', 15], ['Bus', 5]]],
    [30, [['Trein', 62], ['Auto', 28], ['Speed pedelec', 4], ['Carpool', 3], ['Tram/metro', 3]]],
    [Infinity, [['Trein', 72], ['Auto', 25], ['Carpool', 3]]]],
  college: [[2.5, [['Fiets', 70], ['Lopen', 15], ['Auto', 8], ['E-bike', 7]]],
    [7.5, [['Fiets', 55], ['E-bike', 20], ['Auto', 20], ['Bus', 5]]],
    [15, [['E-bike', 30], ['Auto', 50], ['Fiets', 10], ['Trein', 5], ['Carpool', 5]]],
    [30, [['Auto', 65], ['Trein', 20], ['Speed pedelec', 8], ['Carpool', 7]]],
    [Infinity, [['Auto', 70], ['Trein', 25], ['Carpool', 5]]]],
  zorg2: [[2.5, [['Fiets', 60], ['Lopen', 15], ['Auto', 15], ['E-bike', 10]]],
    [7.5, [['Fiets', 35], ['E-bike', 20], ['Auto', 38], ['Scooter', 4], ['Bus', 3]]],
    [15, [['Auto', 60], ['E-bike', 25], ['Carpool', 5], ['Bus', 5], ['Fiets', 5]]],
    [Infinity, [['Auto', 80], ['Carpool', 10], ['OV', 10]]]],
};

/** Per member: staff, how far they live (km scale of the distance decay), shifts, part-time and home-working habits. */
const STAFF = {
  gemdor: { count: 1100, scaleKm: 11, lease: 0,
    shifts: [['', '07:30', 20], ['', '08:00', 30], ['', '08:30', 25], ['', '09:00', 15], ['', '09:30', 10]],
    fte: [[1, 40], [0.89, 25], [0.78, 15], [0.67, 12], [0.5, 8]], homework: [[0, 30], [1, 40], [2, 30]] },
  dcbp: { count: 650, scaleKm: 13, lease: 0.03,
    shifts: [['Vroege ploeg', '06:00', 28], ['Late ploeg', '14:00', 28], ['Nachtploeg', '22:00', 14], ['Dagdienst', '07:30', 12], ['Kantoor', '08:30', 18]],
    fte: [[1, 70], [0.8, 15], [0.6, 10], [0.5, 5]], homework: [[0, 70], [1, 30]] },
  hoofd: { count: 1800, scaleKm: 18, lease: 0.15,
    shifts: [['', '08:00', 25], ['', '08:30', 35], ['', '09:00', 30], ['', '09:30', 10]],
    fte: [[1, 65], [0.89, 15], [0.8, 12], [0.6, 8]], homework: [[0, 15], [1, 30], [2, 40], [3, 15]] },
  college: { count: 700, scaleKm: 4.5, lease: 0,
    shifts: [['', '08:00', 55], ['', '08:30', 30], ['', '09:00', 10], ['', '12:30', 5]],
    fte: [[1, 35], [0.8, 25], [0.7, 20], [0.6, 15], [0.4, 5]], homework: [[0, 85], [1, 15]] },
  zorg2: { count: 900, scaleKm: 6, lease: 0,
    shifts: [['Vroege dienst', '07:00', 38], ['Late dienst', '15:00', 27], ['Nachtdienst', '23:00', 10], ['Kantoor', '08:30', 15], ['Gebroken dienst', '07:30', 10]],
    fte: [[0.89, 15], [0.78, 20], [0.67, 25], [0.56, 20], [0.44, 15], [0.33, 5]], homework: [[0, 80], [1, 20]] },
};

function makeEmployees(member) {
  const staff = STAFF[member.id];
  const t = tools(`staff/${member.id}`);
  // Larger sites draw more staff; the many small care homes draw alike.
  const sites = member.locations.map((l, i) => [l, member.locations.length === 1 ? 1 : i < 2 ? 1.4 : 1]);
  const homeWeights = new Map(
    member.locations.map((l) => [l, towns.map((tw) => {
      const km = haversineKm(tw.lat, tw.lon, l.lat, l.lon);
      return [tw, tw.population ** 0.85 * (Math.exp(-km / staff.scaleKm) + 0.004)];
    })]),
  );
  const employees = [];
  for (let i = 0; i < staff.count; i++) {
    const site = t.weighted(sites);
    const home = t.weighted(homeWeights.get(site));
    // A spot inside the town: bigger towns spread wider (km), as a random offset in degrees.
    const spreadKm = Math.min(5, 0.7 * Math.sqrt(home.population / 10000));
    const lat = home.lat + ((t.random() - 0.5) * 2 * spreadKm) / 111;
    const lon = home.lon + ((t.random() - 0.5) * 2 * spreadKm) / 69;
    const km = haversineKm(lat, lon, site.lat, site.lon) * 1.3 + 0.3;
    const [shift, start] = t.weighted(staff.shifts.map((s) => [[s[0], s[1]], s[2]]));
    const office = shift === '' || shift === 'Kantoor';
    const lease = office && t.random() < staff.lease;
    const mode = lease ? 'Auto' : t.weighted(MODES[member.id].find(([upTo]) => km < upTo)[1]);
    const fuel = mode !== 'Auto' ? '' : lease
      ? t.weighted([['Elektrisch', 65], ['Plug-in hybride', 20], ['Hybride', 10], ['Benzine', 5]])
      : t.weighted([['Benzine', 60], ['Diesel', 18], ['Hybride', 12], ['Elektrisch', 10]]);
    const allowance = lease ? 'Geen' : ['Trein', 'OV', 'Bus', 'Tram/metro'].includes(mode) ? 'OV-vergoeding' : km >= 10 || mode === 'Auto' ? 'Km-vergoeding' : 'Geen';
    const fte = t.weighted(staff.fte);
    employees.push({
      number: 200000 + i * 11, site: site.name, place: home.written, pc4: home.pc4.length > 0 ? t.pick(home.pc4) : null,
      km, mode, fuel, lease, allowance, fte, days: Math.max(1, Math.round(fte * 5)),
      homework: office ? t.weighted(staff.homework) : 0, shift, start,
      first: t.pick(FIRST_NAMES), last: t.pick(LAST_NAMES), letters: letters(t),
      birth: [1 + Math.floor(t.random() * 28), 1 + Math.floor(t.random() * 12), 1960 + Math.floor(t.random() * 45)],
    });
  }
  return employees;
}

const FIRST_NAMES = ['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanneke', 'Ilse', 'Jeroen', 'Karin', 'Lotte', 'Mohammed', 'Noor', 'Olaf', 'Petra', 'Ruud', 'Sanne', 'Thijs', 'Ümit', 'Vera', 'Willem', 'Yasmina', 'Zoë', 'Joëlle', 'Renée', 'Sem', 'Tess'];
const LAST_NAMES = ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', "'t Hart", 'Çelik', 'Kraaijeveld', 'van der Graaf', 'Boonstra'];
function letters(t) {
  const abc = 'ABCDEFGHJKLMNPRSTVWXZ';
  let s;
  do s = t.pick([...abc]) + t.pick([...abc]);
  while (['SA', 'SD', 'SS'].includes(s));
  return s;
}
/** Fisher-Yates with the seeded stream (Array.sort with a random comparator is not portable). */
function shuffle(list, t) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(t.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
const pad2 = (n) => String(n).padStart(2, '0');
const allowanceKm = (e) => (e.allowance === 'Geen' ? null : e.km);
const quoteCsv = (delimiter) => (v) => (v.includes(delimiter) || /["\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows, delimiter, eol) => rows.map((r) => r.map(quoteCsv(delimiter)).join(delimiter)).join(eol) + eol;

// ---------------------------------------------------------------------------------------------
// One HR export per member, each in the dialect of another HR system.

/** AFAS Profit style: field codes as headers, `;`, UTF-8 with BOM, decimal commas. */
function afasExport(employees) {
  const rows = [['EmId', 'Naam', 'ZpCd', 'Rs', 'CoId', 'Standplaats', 'HrWk', 'DyWk', 'Thuiswerkdagen', 'Vervoermiddel', 'Reiskostenregeling', 'Afstand woon-werk', 'Begintijd']];
  for (const e of employees) {
    const km = allowanceKm(e);
    rows.push([String(e.number), `${e.first} ${e.last}`, e.pc4 ? `${e.pc4} ${e.letters}` : '', e.place, 'NL', e.site,
      nl(Math.round(e.fte * 36), 2), String(e.days), String(e.homework), e.mode, e.allowance, km === null ? '' : nl(km, 1), e.start]);
  }
  return '\uFEFF' + csv(rows, ';', '\r\n');
}

/** SAP HCM style: infotype field names, `;`, PC6 without a space, dates as YYYYMMDD, X for yes. */
function sapExport(employees) {
  const rows = [['PERNR', 'NACHN', 'VORNA', 'GBDAT', 'PSTLZ', 'ORT01', 'LAND1', 'WERKS', 'BTRTL', 'WKWDY', 'Thuiswerkdagen', 'Vervoerwijze', 'Leaseauto', 'Brandstof', 'KM_WOON_WERK', 'Begintijd']];
  for (const e of employees) {
    const km = allowanceKm(e);
    const [d, m, y] = e.birth;
    rows.push([String(e.number).padStart(8, '0'), e.last, e.first, `${y}${pad2(m)}${pad2(d)}`, e.pc4 ? `${e.pc4}${e.letters}` : '', e.place.toUpperCase(), 'NL', '1000', 'RTC1',
      nl(e.days, 1), String(e.homework), e.mode, e.lease ? 'X' : '', e.fuel, km === null ? '' : nl(km, 1), e.start]);
  }
  return csv(rows, ';', '\n');
}

const ENGLISH_MODE = { Auto: 'car', Fiets: 'bike', 'E-bike': 'e-bike', Lopen: 'walking', Bus: 'bus', Trein: 'train', OV: 'public transport', Carpool: 'carpool', 'Speed pedelec': 'speed pedelec', Scooter: 'scooter', 'Tram/metro': 'tram/metro' };
/** An English export from an international HR suite: `,`, decimal points, PC4 only. */
function englishExport(employees) {
  const rows = [['employee_id', 'first_name', 'last_name', 'postal_code', 'city', 'country', 'site', 'fte', 'days_per_week', 'wfh_days', 'commute_mode', 'distance_km', 'start_time', 'email']];
  for (const e of employees) {
    const km = allowanceKm(e);
    rows.push([`E${e.number}`, e.first, e.last, e.pc4 ? String(e.pc4) : '', e.place, 'NL', 'Leerpark', e.fte.toFixed(2), String(e.days), String(e.homework),
      ENGLISH_MODE[e.mode], km === null ? '' : km.toFixed(1), e.start, `staff${e.number}@drechtland-voorbeeld.nl`]);
  }
  return csv(rows, ',', '\n');
}

/** A care-sector export as Dutch Excel saves it: `;`, Windows-1252, CRLF, a title line above the header. */
function careExport(employees) {
  const rows = [['Medewerkernummer', 'Roepnaam', 'Achternaam', 'Postcode', 'Woonplaats', 'Locatie', 'Contracturen', 'Dienst', 'Begintijd', 'Vervoermiddel', 'Reiskostenvergoeding', 'Reisafstand']];
  for (const e of employees) {
    const km = allowanceKm(e);
    rows.push([String(e.number), e.first, e.last, e.pc4 ? `${e.pc4} ${e.letters}` : '', e.place, e.site, nl(Math.round(e.fte * 36), 2), e.shift, e.start, e.mode, e.allowance, km === null ? '' : nl(km, 1)]);
  }
  const text = `Medewerkers Zorggroep De Waarden (voorbeeld, fictief);;;;;;;;;;;\r\n` + csv(rows, ';', '\r\n');
  return Buffer.from(text, 'latin1'); // every character used here is in Latin-1, which Windows-1252 shares
}

/** A logistics export as an Excel workbook: numbers as numbers, a phone column to be dropped. */
async function logisticsExport(employees) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mobiscan example';
  workbook.lastModifiedBy = 'mobiscan example';
  workbook.created = new Date(Date.UTC(2026, 9, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Personeel');
  sheet.addRow(['Personeelsnummer', 'Naam', 'Telefoon', 'Postcode', 'Woonplaats', 'Locatie', 'Ploeg', 'Begintijd', 'Uren per week', 'Werkdagen', 'Thuiswerkdagen', 'Vervoerwijze', 'Leaseauto', 'Brandstof', 'Reiskostenvergoeding', 'Afstand woon-werk (km)']);
  for (const e of employees) {
    const km = allowanceKm(e);
    sheet.addRow([e.number, `${e.last}, ${e.first}`, `06-${String(10000000 + e.number * 37).slice(-8)}`, e.pc4 ? `${e.pc4} ${e.letters}` : null, e.place, e.site, e.shift, e.start,
      Math.round(e.fte * 40 * 10) / 10, e.days, e.homework, e.mode, e.lease ? 'Ja' : 'Nee', e.fuel || null, e.allowance, km === null ? null : Math.round(km * 10) / 10]);
  }
  return fixZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** JSZip stamps every entry with the current time; a fixed DOS date makes the workbook byte-stable. */
function fixZipDates(zip) {
  const time = 0; // 00:00:00
  const date = ((2026 - 1980) << 9) | (10 << 5) | 1; // 2026-10-01
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('xlsx: unexpected zip layout');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

// ---------------------------------------------------------------------------------------------
// Calendar: working days as mobiscan counts them (public holidays from date-holidays, Liberation
// Day off in lustrum years), and the school holidays of region Midden (approximate).

const holidays = new Holidays('NL', { types: ['public'] });
const holidaySet = new Set([2025, 2026].flatMap((y) => holidays.getHolidays(y).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))));
holidaySet.add('2025-05-05');
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday
const isWorkingDay = (iso) => weekday(iso) >= 1 && weekday(iso) <= 5 && !holidaySet.has(iso);
function workingDays(from, to) {
  const days = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
  return days;
}
const dutchDate = (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

const SCHOOL_HOLIDAYS = [
  ['christmas', '2024-12-21', '2025-01-05'], ['spring', '2025-02-22', '2025-03-02'], ['may', '2025-04-26', '2025-05-04'],
  ['summer', '2025-07-19', '2025-08-31'], ['autumn', '2025-10-18', '2025-10-26'], ['christmas', '2025-12-20', '2026-01-04'],
  ['spring', '2026-02-14', '2026-02-22'], ['may', '2026-04-25', '2026-05-03'], ['summer', '2026-07-18', '2026-08-30'],
  ['autumn', '2026-10-17', '2026-10-25'],
];
const schoolHoliday = (iso) => SCHOOL_HOLIDAYS.find(([, from, to]) => iso >= from && iso <= to)?.[0];

// One shared weather series: on a wet day some cyclists take the car everywhere in the region.
const weather = (() => {
  const t = tools('weather');
  const wet = new Map();
  for (const d of workingDays(FIRST_DAY, LAST_DAY)) wet.set(d, t.random() < (d.slice(5, 7) >= '10' || d.slice(5, 7) <= '03' ? 0.35 : 0.2));
  return wet;
})();

// ---------------------------------------------------------------------------------------------
// Daily peak counts: baseline x weekday x holidays x weather x a trend that sets in once the
// measures start, with noise; a few days are missing (a counter fault), as in real deliveries.

const COUNTS = {
  asz: { morning: 1000, evening: 800, start: '2025-04-01', reduction: 0.105, tauDays: 110, weekdays: [1, 1.01, 1, 1.01, 0.97],
    holiday: { summer: 0.86, christmas: 0.88, spring: 0.96, may: 0.95, autumn: 0.96 }, wet: 0.02, noise: 0.025 },
  hoofd: { morning: 320, evening: 280, start: '2025-04-01', reduction: 0.14, tauDays: 150, weekdays: [1.04, 1.08, 0.97, 1.04, 0.82],
    holiday: { summer: 0.7, christmas: 0.62, spring: 0.92, may: 0.88, autumn: 0.92 }, wet: 0.03, noise: 0.05 },
  dcbp: { morning: 135, evening: 105, start: '2025-06-02', reduction: 0.06, tauDays: 90, weekdays: [1.02, 1.01, 1, 1, 0.97],
    holiday: { summer: 0.9, christmas: 0.85, spring: 0.98, may: 0.97, autumn: 0.98 }, wet: 0.02, noise: 0.05 },
  college: { morning: 155, evening: 115, start: '2025-08-25', reduction: 0.1, tauDays: 80, weekdays: [1, 1.02, 0.96, 1.02, 0.9],
    holiday: { summer: 0.06, christmas: 0.08, spring: 0.12, may: 0.1, autumn: 0.12 }, wet: 0.08, noise: 0.04 },
};

function dailyCounts(id) {
  const c = COUNTS[id];
  const t = tools(`counts/${id}`);
  const days = workingDays(FIRST_DAY, LAST_DAY);
  const factor = (d) => {
    const trend = d < c.start ? 1 : 1 - c.reduction * (1 - Math.exp(-(dayNumber(d) - dayNumber(c.start)) / c.tauDays));
    const h = schoolHoliday(d);
    return trend * c.weekdays[weekday(d) - 1] * (h ? c.holiday[h] : 1) * (weather.get(d) ? 1 + c.wet : 1);
  };
  // Scale so that the baseline quarter averages the intended morning and evening counts.
  const q1 = days.filter((d) => d <= '2025-03-31');
  const scale = q1.length / q1.reduce((s, d) => s + factor(d), 0);
  const missing = new Set([0, 1, 2].map(() => t.pick(days)));
  const rows = [['Datum', 'Ochtendspits', 'Avondspits']];
  for (const d of days) {
    const f = factor(d) * scale;
    const morning = Math.max(0, Math.round(c.morning * f * (1 + c.noise * t.normal())));
    const evening = Math.max(0, Math.round(c.evening * f * (1 + c.noise * t.normal())));
    if (!missing.has(d)) rows.push([dutchDate(d), String(morning), String(evening)]);
  }
  return csv(rows, ';', '\r\n');
}

// ---------------------------------------------------------------------------------------------
// A raw barrier log of the municipality's staff garage: one month in the baseline quarter and
// the same month a year later. Plates start with a vowel pair, which Dutch plates never use.

function barrierLog(month, carsPerDay, peakShare) {
  const t = tools(`log/gemdor/${month}`);
  const pool = Array.from({ length: 260 }, () => `${t.pick(['AE', 'AU', 'EA', 'EO', 'IA', 'OE', 'UI', 'EU'])}-${String(100 + Math.floor(t.random() * 900))}-${t.pick([...'AEIOU'])}`);
  const events = [];
  // Seconds after midnight, so that the file is in time order to the second.
  const clock = (s) => `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  const at = (minutes) => Math.floor(minutes * 60);
  for (const d of workingDays(`${month}-01`, `${month}-31`).filter((d) => d.startsWith(month))) {
    const cars = Math.round(carsPerDay * [1.02, 1.06, 0.96, 1.03, 0.85][weekday(d) - 1] * (1 + 0.05 * t.normal()));
    const today = shuffle([...pool], t).slice(0, cars);
    for (const plate of today) {
      const r = t.random();
      const arrive = r < 0.12 ? 390 + t.random() * 30 : r < 0.12 + peakShare ? 420 + t.random() * 120 : 540 + t.random() * 90;
      const stay = 510 + 35 * t.normal() + (t.random() < 0.15 ? -180 : 0);
      events.push([d, at(arrive), 'In', plate], [d, at(Math.min(1260, arrive + stay)), 'Uit', plate]);
      if (t.random() < 0.004) events.push([d, at(arrive) + 2, 'In', plate]); // a double read at the barrier
    }
    for (let v = 0; v < 6; v++) { // visitors during the day
      const plate = `${t.pick(['AE', 'OE', 'UI'])}-${String(100 + Math.floor(t.random() * 900))}-${t.pick([...'AEIOU'])}`;
      const arrive = 600 + t.random() * 240;
      events.push([d, at(arrive), 'In', plate], [d, at(arrive + 45 + t.random() * 90), 'Uit', plate]);
    }
  }
  events.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  const rows = [['Tijdstip', 'Richting', 'Kenteken'], ...events.map(([d, sec, dir, plate]) => [`${dutchDate(d)} ${clock(sec)}`, dir, plate])];
  return csv(rows, ';', '\r\n');
}

// ---------------------------------------------------------------------------------------------
// Registrations of avoided peak trips from the care group's app, from its launch on.

function registrations() {
  const t = tools('registrations/zorg2');
  const rows = [['Datum', 'Aantal', 'Modaliteit', 'Reden']];
  const modes = [['fiets', 'fietsactie', 40], ['e-bike', 'e-bike-proefpool', 15], ['auto buiten de spits', 'dienst verschoven', 25], ['thuiswerken', 'thuiswerkdag', 12], ['carpool', 'samen gereden', 8]];
  for (const d of workingDays('2025-06-02', LAST_DAY)) {
    const months = (dayNumber(d) - dayNumber('2025-06-02')) / 30.4;
    const h = schoolHoliday(d);
    const expected = (6 + 12 * (1 - Math.exp(-months / 4))) * (h === 'summer' ? 0.55 : h ? 0.85 : 1) * (weather.get(d) ? 0.8 : 1);
    for (const [mode, reason, share] of modes) {
      const n = Math.round(expected * (share / 100) * (1 + 0.3 * t.normal()));
      if (n > 0) rows.push([dutchDate(d), String(n), mode, reason]);
    }
  }
  return csv(rows, ';', '\r\n');
}

// ---------------------------------------------------------------------------------------------
// Measures, goals and yearly commuting km.

const MEASURES = [
  ['asz', 'declaration-of-intent', '2025-03-10', 'getekend door de raad van bestuur'],
  ['asz', 'bike-plan', '2025-04-01', 'fietsplan voor alle medewerkers'],
  ['asz', 'ebike-trial-pool', '2025-05-12', '40 e-bikes, locatie Dordrecht'],
  ['asz', 'cyclist-breakfast', '2025-06-05', ''],
  ['asz', 'carpool-matching', '2025-09-01', 'matching op dienst en begintijd'],
  ['asz', 'european-mobility-week', '2025-09-16', ''],
  ['asz', 'parking-policy', '2026-01-05', 'geen parkeervergunning meer onder 5 km'],
  ['gemdor', 'declaration-of-intent', '2025-02-03', ''],
  ['gemdor', 'flexible-hours-homework', '2025-04-01', 'kernuren 09:30-15:30'],
  ['gemdor', 'pt-trial-card', '2025-05-01', 'drie maanden, 120 deelnemers'],
  ['gemdor', 'parking-policy', '2025-09-01', 'garage alleen vanaf 15 km'],
  ['gemdor', 'posters', '2025-09-01', 'garage en fietsenstalling'],
  ['gemdor', 'european-mobility-week', '2025-09-16', ''],
  ['dcbp', 'declaration-of-intent', '2025-03-17', ''],
  ['dcbp', 'carpool-matching', '2025-06-02', 'per ploeg'],
  ['dcbp', 'discount-bike', '2025-10-01', ''],
  ['hoofd', 'declaration-of-intent', '2025-03-24', ''],
  ['hoofd', 'lease-car-reward', '2025-04-01', 'bonus per maand onder 1.000 km'],
  ['hoofd', 'zero-emission-lease', '2025-04-01', "nieuwe leaseauto's alleen elektrisch"],
  ['hoofd', 'ns-business-card', '2025-06-01', ''],
  ['hoofd', 'flexible-hours-homework', '2025-06-01', 'twee thuiswerkdagen, vrije begintijd'],
  ['hoofd', 'mobility-budget', '2026-01-01', ''],
  ['hoofd', 'train-instead-of-short-flights', '2026-03-01', 'trein onder 700 km'],
  ['college', 'declaration-of-intent', '2025-03-31', ''],
  ['college', 'bike-plan', '2025-08-25', 'bij de start van het schooljaar'],
  ['college', 'bike-mechanic', '2025-09-10', ''],
  ['college', 'poll-column', '2025-10-01', ''],
  ['college', 'ebike-trial-pool', '2026-04-13', '20 e-bikes'],
  ['zorg2', 'declaration-of-intent', '2025-04-14', ''],
  ['zorg2', 'bike-plan', '2025-06-02', 'samen met de start van de spitsmijden-app'],
  ['zorg2', 'ebike-trial-pool', '2025-06-02', 'per locatie 4 e-bikes'],
  ['zorg2', 'park-and-ride-map', '2025-09-15', ''],
  ['zorg2', 'daily-chat', '2025-09-15', 'in de spitsmijden-app'],
];

const GOALS = [
  ['asz', 'peak-avoidance', 10, 2025, 2026], ['gemdor', 'peak-avoidance', 10, 2025, 2026], ['dcbp', 'peak-avoidance', 10, 2025, 2027],
  ['hoofd', 'peak-avoidance', 12, 2025, 2026], ['college', 'peak-avoidance', 8, 2025, 2026], ['zorg2', 'peak-avoidance', 10, 2025, 2027],
  ['asz', 'co2-reduction', 50, 2016, 2030], ['hoofd', 'co2-reduction', 50, 2016, 2030],
  ['', 'peak-avoidance', 10, 2025, 2026], ['', 'co2-reduction', 50, 2016, 2030],
];

const CO2_MODE = { Auto: 'auto', Fiets: 'fiets', 'E-bike': 'e-bike', Lopen: 'lopen', Bus: 'bus', Trein: 'trein', OV: 'ov', Carpool: 'carpool', 'Speed pedelec': 'speed pedelec', Scooter: 'scooter', 'Tram/metro': 'tram/metro', Motor: 'motor' };

/** Yearly commuting km by mode today: 2 x km x commuting days (214 a year for five days a week). */
function kmByMode(employees) {
  const km = new Map();
  for (const e of employees) {
    const mode = CO2_MODE[e.mode];
    if (!mode || !(e.km > 0 && e.km < 150)) continue;
    const days = (214 / 5) * Math.max(0, Math.min(5, e.days) - e.homework);
    km.set(mode, (km.get(mode) ?? 0) + 2 * e.km * days);
  }
  return km;
}

/** The hospital's employees as make-example-export.mjs wrote them (bad rows skipped). */
function hospitalEmployees() {
  const text = readFileSync(join(root, 'examples', 'ziekenhuis-hr.csv'), 'latin1').split(/\r?\n/);
  const header = text[3].split(';');
  const col = (name) => header.indexOf(name);
  const site = new Map(members[0].locations.map((l) => [l.name, l]));
  return text.slice(4).map((line) => line.split(';')).filter((c) => site.has(c[col('Vestiging')]) && c[col('Personeelsnummer')] !== 'Personeelsnummer').map((c) => {
    const given = Number(c[col('Afstand woon-werk (km)')].replace(',', '.'));
    return { mode: c[col('Vervoerwijze')], km: given > 0 ? given : 5 /* no distance: mostly short trips without an allowance */, days: Number(c[col('Dagen per week')]), homework: Number(c[col('Thuiswerkdagen')]) || 0 };
  });
}

// How the commute differed in earlier years against today (invented, plausible): no home
// working before 2020, more driving, diesel and hardly any electric cars.
const HISTORY = {
  2016: { volume: 1.17, car: 1.12, fuels: [['benzine', 52], ['diesel', 42], ['hybride', 6]] },
  2019: { volume: 1.15, car: 1.08, fuels: [['benzine', 56], ['diesel', 31], ['hybride', 8], ['plug-in', 3], ['elektrisch', 2]] },
  2023: { volume: 1.02, car: 1.02, fuels: [['benzine', 55], ['diesel', 18], ['hybride', 12], ['plug-in', 6], ['elektrisch', 9]] },
};
function co2History() {
  const rows = [['company', 'year', 'mode', 'fuel', 'km']];
  for (const [id, employees] of [['asz', hospitalEmployees()], ['hoofd', staffById.hoofd]]) {
    const now = kmByMode(employees);
    for (const [year, h] of Object.entries(HISTORY)) {
      for (const [mode, km] of [...now].sort(([a], [b]) => a.localeCompare(b))) {
        const yearKm = km * h.volume * (mode === 'auto' || mode === 'carpool' ? h.car : 0.85);
        if (mode !== 'auto') rows.push([id, year, mode, '', String(Math.round(yearKm / 1000) * 1000)]);
        else for (const [fuel, share] of h.fuels) rows.push([id, year, mode, fuel, String(Math.round((yearKm * share) / 100 / 1000) * 1000)]);
      }
    }
  }
  return csv(rows, ';', '\n');
}

// ---------------------------------------------------------------------------------------------
// The manifest: everything a batch command needs, paths relative to this folder.

function manifest() {
  const baseline = { from: '2025-01-01', to: '2025-03-31' };
  const entry = (id, extra) => ({ id, export: EXPORTS[id], counts: [], logs: [], registrations: [], ...extra });
  return {
    $comment: 'Everything in this folder is invented. Regenerate with: node scripts/make-example-alliance.mjs',
    name: ALLIANCE,
    peakWindows: ['07:00-09:00', '16:30-18:00'],
    period: { from: FIRST_DAY, to: LAST_DAY },
    companies: 'members.yaml',
    measures: 'measures.csv',
    goals: 'goals.csv',
    co2History: 'co2-history.csv',
    // the mobility week: written by scripts/make-example-campaign.mjs
    campaigns: { file: 'campaigns.csv', registrations: [{ campaign: 'mobiliteitsweek-2026', file: 'campaign/mobiliteitsweek-2026.csv' }] },
    members: [
      entry('asz', { counts: ['counts/asz.csv'], baseline }),
      entry('gemdor', { logs: ['logs/gemdor-2025-03.csv', 'logs/gemdor-2026-03.csv'], baseline: { from: '2025-03-01', to: '2025-03-31' } }),
      entry('dcbp', { counts: ['counts/dcbp.csv'], baseline }),
      entry('hoofd', { counts: ['counts/hoofd.csv'], baseline }),
      entry('college', { counts: ['counts/college.csv'], baseline }),
      // No barrier at the care homes: a baseline from the 2025 travel survey, typed in.
      entry('zorg2', { registrations: ['registrations/zorg2.csv'], baseline: { morning: 110, evening: 60 } }),
    ],
  };
}

const EXPORTS = {
  asz: '../ziekenhuis-hr.csv', gemdor: 'exports/gemdor.csv', dcbp: 'exports/dcbp.xlsx',
  hoofd: 'exports/hoofd.csv', college: 'exports/college.csv', zorg2: 'exports/zorg2.csv',
};

// ---------------------------------------------------------------------------------------------

const staffById = Object.fromEntries(members.filter((m) => m.id !== 'asz').map((m) => [m.id, makeEmployees(m)]));
const files = {
  'members.yaml': writeMembersYaml(),
  'exports/gemdor.csv': afasExport(staffById.gemdor),
  'exports/dcbp.xlsx': await logisticsExport(staffById.dcbp),
  'exports/hoofd.csv': sapExport(staffById.hoofd),
  'exports/college.csv': englishExport(staffById.college),
  'exports/zorg2.csv': careExport(staffById.zorg2),
  'counts/asz.csv': dailyCounts('asz'),
  'counts/dcbp.csv': dailyCounts('dcbp'),
  'counts/hoofd.csv': dailyCounts('hoofd'),
  'counts/college.csv': dailyCounts('college'),
  'logs/gemdor-2025-03.csv': barrierLog('2025-03', 128, 0.62),
  'logs/gemdor-2026-03.csv': barrierLog('2026-03', 120, 0.56),
  'registrations/zorg2.csv': registrations(),
  'measures.csv': csv([['company', 'measure', 'start', 'note'], ...MEASURES], ';', '\n'),
  'goals.csv': csv([['company', 'kind', 'targetPct', 'baselineYear', 'targetYear'], ...GOALS.map((g) => g.map(String))], ';', '\n'),
  'co2-history.csv': co2History(),
  'manifest.json': JSON.stringify(manifest(), null, 2) + '\n',
};
for (const folder of ['exports', 'counts', 'logs', 'registrations']) rmSync(join(out, folder), { recursive: true, force: true });
let total = 0;
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), content);
  total += Buffer.byteLength(content);
}
console.log(`wrote ${Object.keys(files).length} files to ${out} (${Math.round(total / 1024)} KB; README.md is written by hand)`);
