import { describe, expect, it } from 'vitest';
import { parseMode } from '../../../src/core/ingest/parse-mode.js';

describe('parseMode', () => {
  it.each([
    ['auto', 'auto'], ['Auto', 'auto'], ['car', 'auto'], ['Eigen auto', 'auto'], ['Leaseauto', 'auto'], ['PKW', 'auto'], ['lease-auto', 'auto'],
    ['fiets', 'fiets'], ['Fiets', 'fiets'], ['bike', 'fiets'], ['bicycle', 'fiets'], ['rijwiel', 'fiets'],
    ['e-bike', 'e-bike'], ['E-Bike', 'e-bike'], ['ebike', 'e-bike'], ['elektrische fiets', 'e-bike'], ['e-fiets', 'e-bike'], ['pedelec', 'e-bike'],
    ['speed pedelec', 'speed pedelec'], ['Speedpedelec', 'speed pedelec'], ['s-pedelec', 'speed pedelec'],
    ['OV', 'ov'], ['ov', 'ov'], ['O.V.', 'ov'], ['openbaar vervoer', 'ov'], ['Openbaar Vervoer', 'ov'], ['public transport', 'ov'],
    ['trein', 'trein'], ['train', 'trein'], ['NS', 'trein'], ['bus', 'bus'], ['Bus', 'bus'],
    ['tram', 'tram/metro'], ['metro', 'tram/metro'], ['RET', 'tram/metro'], ['HTM', 'tram/metro'], ['tram/metro', 'tram/metro'],
    ['carpool', 'carpool'], ['samen rijden', 'carpool'], ['Carpoolen', 'carpool'],
    ['lopen', 'lopen'], ['te voet', 'lopen'], ['walk', 'lopen'], ['walking', 'lopen'],
    ['motor', 'motor'], ['motorfiets', 'motor'], ['motorcycle', 'motor'],
    ['scooter', 'scooter'], ['brommer', 'scooter'], ['snorfiets', 'scooter'], ['moped', 'scooter'],
    ['onbekend', 'onbekend'], ['unknown', 'onbekend'], ['', 'onbekend'], ['  ', 'onbekend'], ['n.v.t.', 'onbekend'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseMode(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Auto (lease)', 'auto'], ['Trein (NS)', 'trein'], ['Bus/tram', 'ov'], ['trein + bus', 'ov'], ['Bus / Bus', 'bus'],
    ['tram en metro', 'tram/metro'], ['Fiets (eigen)', 'fiets'],
  ])('reads the HR-system value %j as %s', (raw, expected) => {
    expect(parseMode(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['hovercraft', 'paard', 'fietsauto', 'auto of fiets', 'fiets/auto', 'Fiets (onbekend)/auto', 'helikopter', '12'])('rejects %j', (raw) => {
    expect(parseMode(raw).ok).toBe(false);
  });
});
