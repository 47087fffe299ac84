import { ConfigError, InputError, UsageError } from '../../core/errors.js';

/** Rebuilds an error a worker posted, with its class and hint, so the CLI reports it as it would in this thread. */
export function rebuildError(e: { name: string; message: string; hint?: string }): Error {
  if (e.name === 'InputError') return new InputError(e.message, e.hint);
  if (e.name === 'ConfigError') return new ConfigError(e.message, e.hint);
  if (e.name === 'UsageError') return new UsageError(e.message, e.hint);
  return new Error(e.message);
}
