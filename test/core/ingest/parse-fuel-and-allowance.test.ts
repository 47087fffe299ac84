import { describe, expect, it } from 'vitest';
import { parseAllowance } from '../../../src/core/ingest/parse-allowance.js';
import { parseFuel } from '../../../src/core/ingest/parse-fuel.js';

describe('parseFuel', () => {
  it.each([
    ['benzine', 'benzine'], ['Benzine', 'benzine'], ['petrol', 'benzine'], ['gasoline', 'benzine'], ['E10', 'benzine'], ['Euro95', 'benzine'],
    ['Euro 95', 'benzine'], ['diesel', 'diesel'], ['DIESEL', 'diesel'], ['hybride', 'hybride'], ['Hybrid', 'hybride'], ['HEV', 'hybride'],
    ['plug-in', 'plug-in'], ['Plug-in hybride', 'plug-in'], ['PHEV', 'plug-in'], ['plugin', 'plug-in'],
    ['elektrisch', 'elektrisch'], ['Elektrisch', 'elektrisch'], ['electric', 'elektrisch'], ['EV', 'elektrisch'], ['BEV', 'elektrisch'],
    ['volledig elektrisch', 'elektrisch'], ['LPG', 'onbekend'], ['waterstof', 'onbekend'], ['', 'onbekend'], ['?', 'onbekend'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseFuel(raw)).toEqual({ ok: true, value: expected });
  });
});

describe('parseAllowance', () => {
  it.each([
    ['km-vergoeding', 'km'], ['Kilometervergoeding', 'km'], ['km', 'km'], ['KM', 'km'], ['km vergoeding', 'km'],
    ['OV-vergoeding', 'ov'], ['OV-kaart', 'ov'], ['NS Business Card', 'ov'], ['ov', 'ov'], ['OV vergoeding', 'ov'],
    ['geen', 'geen'], ['Geen', 'geen'], ['none', 'geen'], ['nee', 'geen'],
    ['vast bedrag', 'onbekend'], ['', 'onbekend'], ['mobiliteitsbudget', 'onbekend'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseAllowance(raw)).toEqual({ ok: true, value: expected });
  });
});
