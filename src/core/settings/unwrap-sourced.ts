import { isPlainObject, settingPath } from './setting-path.js';

/** Plain setting values and, per path, the source text of each sourced value. */
export interface Unwrapped {
  values: unknown;
  sources: Record<string, string>;
}

/** A `{value, source}` pair: the way data/settings/defaults.json writes every setting. */
function isSourced(node: Record<string, unknown>): boolean {
  const keys = Object.keys(node).filter((k) => !k.startsWith('$'));
  return keys.includes('value') && typeof node.source === 'string' && keys.every((k) => k === 'value' || k === 'source');
}

/**
 * Splits a settings tree whose leaves may be `{value, source}` pairs into plain values and a
 * path -> source map. Keys starting with `$` are comments. Plain leaves (and arrays) get
 * `plainSource` when given, so an override file without sources still says where a value came from.
 */
export function unwrapSourced(tree: unknown, plainSource?: string): Unwrapped {
  const sources: Record<string, string> = {};
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (!isPlainObject(node)) {
      if (plainSource !== undefined && path.length > 0) sources[settingPath(path)] = plainSource;
      return node;
    }
    if (isSourced(node)) {
      sources[settingPath(path)] = node.source as string;
      return node.value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      out[key] = walk(child, [...path, key]);
    }
    return out;
  };
  return { values: walk(tree, []), sources };
}
