import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** One file a command is about to write, with the flag that named it (for the message). */
export interface OutputTarget {
  flag: string;
  path: string;
}

/** What a command reads and writes: outputs are checked against all of it before anything is written. */
export interface OutputPlan {
  outputs: readonly OutputTarget[];
  /** Files the command reads (the export, a mapping or settings file). */
  inputs?: readonly (string | undefined)[];
}

const SQLITE_HEADER = 'SQLite format 3\0';
/** SQLite's companions of a database file: overwriting one corrupts the database. */
const COMPANION = /^(.*)-(wal|shm|journal)$/;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The file's identity: device and inode when it exists, else its resolved path (through links in the folder). */
function identity(path: string): string {
  const info = statOrUndefined(path);
  if (info) return `inode:${info.dev}:${info.ino}`;
  const dir = dirname(path);
  try {
    return `path:${join(realpathSync(dir), basename(path))}`;
  } catch {
    return `path:${path}`;
  }
}

/** True when the file starts with SQLite's header: a workspace database or one of its backups. */
function isSqliteDatabase(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why `path` must never be written over, or undefined when it may be. */
function protectedReason(path: string, info: Stats | undefined): 'outIsDatabase' | 'outOfDatabase' | undefined {
  if (info?.isFile() && isSqliteDatabase(path)) return 'outIsDatabase';
  const companion = COMPANION.exec(basename(path));
  if (companion && isSqliteDatabase(join(dirname(path), companion[1]!))) return 'outOfDatabase';
  return undefined;
}

/**
 * Checks every output path of a command before anything is written: an output may not be a
 * folder, one of the command's input files, a workspace database (with its -wal, -shm, -journal
 * files and backups), or the same file as another output. Throws one InputError naming the
 * flag and the path; nothing has been touched then.
 * @example checkOutputPaths({ outputs: [{ flag: '--rejects', path: 'hr.csv' }], inputs: ['hr.csv'] }) // throws
 */
export function checkOutputPaths(plan: OutputPlan): void {
  const inputs = new Map<string, string>();
  for (const input of plan.inputs ?? []) if (input !== undefined) inputs.set(identity(resolve(input)), input);
  const taken = new Map<string, string>();
  for (const { flag, path } of plan.outputs) {
    const full = resolve(path);
    const info = statOrUndefined(full);
    const what = `${flag} ${path}`;
    if (info?.isDirectory()) throw new InputError(text(fileMessages, 'outFolder', { what }), text(fileMessages, 'outFolderHint'));
    if (info && !info.isFile()) throw new InputError(text(fileMessages, 'outNotFile', { what }), text(fileMessages, 'outNotFileHint'));
    const id = identity(full);
    if (inputs.has(id)) throw new InputError(text(fileMessages, 'outIsInput', { what, input: inputs.get(id)! }), text(fileMessages, 'outIsInputHint'));
    const reason = protectedReason(full, info);
    if (reason) throw new InputError(text(fileMessages, reason, { what }), text(fileMessages, 'outProtectedHint'));
    const other = taken.get(id);
    if (other !== undefined) throw new InputError(text(fileMessages, 'outTwice', { what, other }), text(fileMessages, 'outTwiceHint'));
    taken.set(id, flag);
  }
}

/** Checks a folder that outputs go into (`--out DIR`): it may be missing (it is made), never a file. */
export function checkOutputFolder(flag: string, dir: string): void {
  const info = statOrUndefined(resolve(dir));
  if (info && !info.isDirectory()) throw new InputError(text(fileMessages, 'outDirIsFile', { flag, dir }), text(fileMessages, 'outDirIsFileHint'));
}
