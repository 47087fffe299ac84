import { text, type Text } from '../i18n/index.js';
import { shown, type Checked } from './checked.js';
import type { PeakWindow } from './types.js';
import { validationMessages as m } from './validation-messages.js';

/** The I&W "Spitsvrij" windows (2025), the default until an alliance says otherwise. */
export const DEFAULT_PEAK_WINDOWS: readonly PeakWindow[] = [
  { start: '07:00', end: '09:00' },
  { start: '16:30', end: '18:00' },
];

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Reads windows such as `07:00-09:00,16:30-18:00` (one string, or one per element). */
export function parsePeakWindows(spec: string | readonly string[]): Checked<PeakWindow[]> {
  const parts = (typeof spec === 'string' ? [spec] : spec).flatMap((s) => s.split(/[,;\s]+/)).filter((s) => s !== '');
  const errors: Text[] = [];
  const windows: PeakWindow[] = [];
  for (const part of parts) {
    const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(part);
    if (!match) {
      errors.push(text(m, 'peakNotWindow', { value: shown(part) }));
      continue;
    }
    const window = { start: `${match[1]}:${match[2]}`, end: `${match[3]}:${match[4]}` };
    if (minutes(window.end) <= minutes(window.start)) errors.push(text(m, 'peakBackwards', { value: shown(part) }));
    else windows.push(window);
  }
  if (parts.length === 0) errors.push(text(m, 'peakNone'));
  windows.sort((a, b) => minutes(a.start) - minutes(b.start));
  for (let i = 1; i < windows.length; i++) {
    const previous = windows[i - 1]!;
    const current = windows[i]!;
    if (minutes(current.start) < minutes(previous.end)) {
      errors.push(text(m, 'peakOverlap', { window: `${current.start}-${current.end}`, other: `${previous.start}-${previous.end}` }));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: windows };
}

/** Writes windows back in the form parsePeakWindows reads. */
export function formatPeakWindows(windows: readonly PeakWindow[]): string {
  return windows.map((w) => `${w.start}-${w.end}`).join(',');
}
