/**
 * The plain data that tracking works on: events from a parking or barrier log, counts per
 * working day, and registrations of avoided trips (docs/method.md).
 */

/** One entry or exit from a parking or barrier log. */
export interface LogEvent {
  /** Local time 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DDTHH:MM:SS'. */
  timestamp: string;
  direction?: 'in' | 'out';
  /**
   * Licence plate or badge number, only to count a vehicle once per window; personal data, so
   * it lives in a Set while one day is counted and is never stored or echoed.
   */
  vehicleKey?: string;
}

/** Peak car trips counted on one working day. */
export interface DailyCount {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Car trips arriving in the morning window. */
  morning: number;
  /** Car trips leaving in the evening window. */
  evening: number;
}

/**
 * A daily count with the counting point it came from ('garage-north', 'daily-table'): counts of
 * different sources on one date add up, a second import from the same source replaces.
 */
export interface SourcedDailyCount extends DailyCount {
  source: string;
}

/** A registration of avoided peak car trips (an app, a survey), kept apart from counts. */
export interface AvoidanceRegistration {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Avoided peak car trips on that date. */
  count: number;
  /** How the trip was made instead, as written ('fiets', 'thuiswerken'). */
  mode?: string;
  reason?: string;
}

/** A closed date range, 'YYYY-MM-DD', both ends included. */
export interface DateRange {
  from: string;
  to: string;
}
