import { parentPort, workerData } from 'node:worker_threads';
import { parseLang, setMessageLang } from '../core/i18n/index.js';
import { runBatchTask, type BatchTask } from './batch-tasks.js';

// Errors thrown in this thread speak the language of the run that started it.
setMessageLang(parseLang((workerData as { messageLang?: string } | undefined)?.messageLang) ?? 'nl');

/** A worker thread of `mobiscan batch`: runs the tasks it is sent, one at a time. */
parentPort?.on('message', async ({ id, task }: { id: number; task: BatchTask }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: await runBatchTask(task) });
  } catch (error) {
    const e = error as Error & { hint?: string };
    parentPort!.postMessage({ id, ok: false, error: { name: e.name ?? 'Error', message: e.message ?? String(error), hint: e.hint } });
  }
});
