import type { AskLocation, LocationQuestion } from '../../app/scan-locations.js';
import { parseLocationFlags, placeLocation, type PlacedLocation } from '../../app/resolve-work-locations.js';
import type { Geocoder } from '../../core/scan/scan-context.js';

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
      validate: (value) => (value.trim() === '' ? (optional ? true : 'a postcode, place or lat,lon is needed') : typeof place(value) === 'string' ? (place(value) as string) : true),
    });
    if (answer.trim() === '') return null;
    return place(answer) as PlacedLocation;
  };
}

function message(q: LocationQuestion): string {
  if (q.kind === 'unplaced') return `Where is work location "${q.value}" (${q.employees} rows)? Postcode, place or lat,lon; empty leaves them unplaced:`;
  if (q.kind === 'too-many') return `Column "${q.column}" holds ${q.values} different values. Where do these employees work? Postcode, place or lat,lon:`;
  return 'The export has no work-location column. Where do these employees work? Postcode, place or lat,lon:';
}
