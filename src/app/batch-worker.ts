import { parentPort } from 'node:worker_threads';
import { runBatchTask, type BatchTask } from './batch-tasks.js';

/** A worker thread of `mobiscan batch`: runs the tasks it is sent, one at a time. */
parentPort?.on('message', async ({ id, task }: { id: number; task: BatchTask }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: await runBatchTask(task) });
  } catch (error) {
    const e = error as Error & { hint?: string };
    parentPort!.postMessage({ id, ok: false, error: { name: e.name ?? 'Error', message: e.message ?? String(error), hint: e.hint } });
  }
});
