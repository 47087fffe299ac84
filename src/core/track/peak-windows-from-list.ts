/**
 * The workspace keeps peak windows as a list ('07:00-09:00,16:30-18:00'); counting needs a
 * morning and an evening window. A window starting before noon is the morning one.
 */
import type { PeakWindow } from '../workspace/types.js';
import { DEFAULT_PEAK_WINDOWS, type PeakWindows, type TimeWindow, formatWindow } from './peak-windows.js';

const NOON_MIN = 12 * 60;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Morning and evening windows from the alliance's list; a missing one falls back to the default, with a note. */
export function peakWindowsFromList(list: readonly PeakWindow[] | undefined): { windows: PeakWindows; notes: string[] } {
  const parsed: TimeWindow[] = (list ?? []).map((w) => ({ startMin: minutes(w.start), endMin: minutes(w.end) }));
  const morning = parsed.find((w) => w.startMin < NOON_MIN);
  const evening = parsed.find((w) => w.startMin >= NOON_MIN);
  const notes: string[] = [];
  if (list !== undefined && list.length > 0) {
    if (!morning) notes.push(`no morning peak window set; the default ${formatWindow(DEFAULT_PEAK_WINDOWS.morning)} was used`);
    if (!evening) notes.push(`no evening peak window set; the default ${formatWindow(DEFAULT_PEAK_WINDOWS.evening)} was used`);
  }
  return { windows: { morning: morning ?? DEFAULT_PEAK_WINDOWS.morning, evening: evening ?? DEFAULT_PEAK_WINDOWS.evening }, notes };
}
