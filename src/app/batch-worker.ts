import { workerData } from 'node:worker_threads';
import { answerTasks } from '../adapters/workers/answer-tasks.js';
import { parseLang, setMessageLang } from '../core/i18n/index.js';
import { runBatchTask, type BatchTask } from './batch-tasks.js';

// Errors thrown in this thread speak the language of the run that started it.
setMessageLang(parseLang((workerData as { messageLang?: string } | undefined)?.messageLang) ?? 'nl');

/** A worker thread of `mobiscan batch`: runs the tasks it is sent, one at a time. */
answerTasks<BatchTask>(runBatchTask);
