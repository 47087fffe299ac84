import type { Output } from '../output.js';

/** A spinner on stderr, only on a terminal and never with --json or --quiet. */
export interface Spinner {
  text(message: string): void;
  pause(): void;
  stop(): void;
}

const silent: Spinner = { text() {}, pause() {}, stop() {} };

/** Starts a spinner (ora, loaded only when it will show) or a silent stand-in. */
export function startSpinner(out: Output, message: string): Spinner {
  if (!out.isTTY || out.json || out.quiet || !process.stderr.isTTY) return silent;
  let spinner: { text: string; stop(): unknown; start(): unknown } | undefined;
  let stopped = false;
  let paused = false;
  void import('ora').then(({ default: ora }) => {
    if (!stopped && !paused) spinner = ora({ text: message, stream: process.stderr }).start();
  });
  return {
    text(next) {
      message = next;
      if (spinner) spinner.text = next;
    },
    pause() {
      paused = true; // for good: a prompt follows, and a spinner must not draw over it
      spinner?.stop();
    },
    stop() {
      stopped = true;
      spinner?.stop();
    },
  };
}
