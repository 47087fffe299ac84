import { parentPort } from 'node:worker_threads';

/**
 * The worker side of a worker pool: runs each task the pool posts and answers with its value, or
 * with the error's class name, message and hint so the main thread reports it as a user error.
 */
export function answerTasks<Task>(run: (task: Task) => Promise<unknown>): void {
  parentPort?.on('message', async ({ id, task }: { id: number; task: Task }) => {
    try {
      parentPort!.postMessage({ id, ok: true, value: await run(task) });
    } catch (error) {
      const e = error as Error & { hint?: string };
      parentPort!.postMessage({ id, ok: false, error: { name: e.name ?? 'Error', message: e.message ?? String(error), hint: e.hint } });
    }
  });
}
