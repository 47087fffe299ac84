import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { checkMessage, formatMessage, LANGS, registeredCatalogues } from '../../../src/core/i18n/index.js';

const SRC = join(import.meta.dirname, '../../../src');

/** Every catalogue module: files named *messages.ts anywhere under src/. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogueFiles(path);
    return /messages\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The argument names a message interpolates, plural and select arms included. */
function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
  }
  return into;
}

describe('the message catalogues', () => {
  beforeAll(async () => {
    for (const file of catalogueFiles(SRC)) await import(file);
  });

  it('finds the catalogues (the CLI one at least)', () => {
    expect(registeredCatalogues().map((c) => c.area)).toContain('cli');
  });

  it('has every key in Dutch and in English', () => {
    for (const catalogue of registeredCatalogues()) {
      const nl = Object.keys(catalogue.messages.nl).sort();
      const en = Object.keys(catalogue.messages.en).sort();
      expect(en, `catalogue ${catalogue.area}`).toEqual(nl);
    }
  });

  it('has messages that parse in their language and are never empty', () => {
    for (const catalogue of registeredCatalogues()) {
      for (const lang of LANGS) {
        for (const [key, pattern] of Object.entries(catalogue.messages[lang])) {
          expect(pattern.trim(), `${catalogue.area}.${key} (${lang})`).not.toBe('');
          expect(checkMessage(lang, pattern), `${catalogue.area}.${key} (${lang})`).toBeUndefined();
        }
      }
    }
  });

  it('gives a plain message (no braces, no apostrophes) as written, exactly as the compiled message would', () => {
    let plain = 0;
    for (const catalogue of registeredCatalogues()) {
      for (const lang of LANGS) {
        for (const [key, pattern] of Object.entries(catalogue.messages[lang])) {
          if (/[{}']/.test(pattern)) continue;
          plain++;
          const compiled = new IntlMessageFormat(pattern, lang, undefined, { ignoreTag: true }).format() as string;
          expect(formatMessage(lang, pattern), `${catalogue.area}.${key} (${lang})`).toBe(compiled);
        }
      }
    }
    expect(plain).toBeGreaterThan(100);
  });

  it('uses the same placeholders in both languages', () => {
    for (const catalogue of registeredCatalogues()) {
      for (const [key, nl] of Object.entries(catalogue.messages.nl)) {
        const en = catalogue.messages.en[key]!;
        const names = (p: string) => [...argumentNames(parse(p, { ignoreTag: true }))].sort();
        expect(names(en), `${catalogue.area}.${key}`).toEqual(names(nl));
      }
    }
  });

  it('lists where the catalogues are, so a new one is found by its name', () => {
    expect(catalogueFiles(SRC).map((f) => relative(SRC, f))).toContain(join('cli', 'cli-messages.ts'));
  });
});
