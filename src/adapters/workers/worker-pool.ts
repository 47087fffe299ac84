import { Worker } from 'node:worker_threads';

/** A task's answer as the worker posts it: a value, or an error to rethrow with its message. */
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string; hint?: string } };

/** Runs tasks on a few long-lived worker threads, one task per worker at a time. */
export interface WorkerPool<Task, Result> {
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

/** Rebuilds an error the worker posted, keeping its class name and hint so the CLI reports it the same way. */
export type ErrorFactory = (error: { name: string; message: string; hint?: string }) => Error;

/** Starts `size` workers of the given script; tasks queue until a worker is free. */
export function createWorkerPool<Task, Result>(script: URL, size: number, toError: ErrorFactory, workerData?: unknown): WorkerPool<Task, Result> {
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const pending = new Map<number, { resolve: (v: Result) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  // why a worker stopped: a task for it fails with this at once instead of waiting forever
  const stopped = new Map<Worker, Error>();
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(script, { workerData });
    worker.on('message', (reply: Reply) => {
      const entry = pending.get(reply.id);
      pending.delete(reply.id);
      idle.push(worker);
      waiting.shift()?.();
      if (!entry) return;
      if (reply.ok) entry.resolve(reply.value as Result);
      else entry.reject(toError(reply.error));
    });
    const fail = (error: Error): void => {
      if (!stopped.has(worker)) stopped.set(worker, error);
      for (const [, entry] of pending) entry.reject(stopped.get(worker)!);
      pending.clear();
      // back among the idle, so the tasks that come for it fail as well
      if (!idle.includes(worker)) {
        idle.push(worker);
        waiting.shift()?.();
      }
    };
    // a worker that fails to start, or ends with tasks unanswered (out of memory, killed), must not leave them waiting forever
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
    idle.push(worker);
    return worker;
  });
  const acquire = async (): Promise<Worker> => {
    while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    return idle.pop()!;
  };
  return {
    async run(task) {
      const worker = await acquire();
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        const failure = stopped.get(worker);
        if (failure) {
          idle.push(worker);
          waiting.shift()?.();
          return reject(failure);
        }
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, task });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
