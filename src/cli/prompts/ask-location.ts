import type { AskLocation, LocationQuestion } from '../../app/scan-locations.js';
import { parseLocationFlags, placeLocation, type PlacedLocation } from '../../app/resolve-work-locations.js';
import type { Geocoder } from '../../core/scan/scan-context.js';
import { cliT } from '../cli-lang.js';
import { firstContactMessages } from '../commands/first-contact-messages.js';

/**
 * On a terminal: asks where a work location is (postcode, place or lat,lon), checking each answer
 * as it is typed, so a wrong one is asked again instead of failing the scan.
 */
export function askLocation(geocoder: Geocoder, beforePrompt: () => void): AskLocation {
  return async (question: LocationQuestion): Promise<PlacedLocation | null> => {
    beforePrompt();
    const { input } = await import('@inquirer/prompts');
    const place = (answer: string): PlacedLocation | string => {
      try {
        const [request] = parseLocationFlags([answer.trim()]);
        return placeLocation(request!, geocoder);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    const optional = question.kind === 'unplaced';
    const answer = await input({
      message: message(question),
      validate: (value) => (value.trim() === '' ? (optional ? true : cliT(firstContactMessages)('askNeeded')) : typeof place(value) === 'string' ? (place(value) as string) : true),
    });
    if (answer.trim() === '') return null;
    return place(answer) as PlacedLocation;
  };
}

function message(q: LocationQuestion): string {
  const t = cliT(firstContactMessages);
  if (q.kind === 'unplaced') return t('askUnplaced', { value: q.value, rows: q.employees });
  if (q.kind === 'too-many') return t('askTooMany', { column: q.column, values: q.values });
  return t('askNoColumn');
}
