import { describe, expect, it } from 'vitest';
import { findPackageRoot, packagePath } from '../../src/adapters/package-path.js';
import { ConfigError } from '../../src/core/errors.js';
import { renderText } from '../../src/core/i18n/index.js';
import { tempDir } from '../cli/e2e/run-cli.js';
import { join, resolve } from 'node:path';

describe('packagePath', () => {
  it('finds mobiscan’s own files from wherever the code runs', () => {
    expect(packagePath('package.json')).toBe(join(resolve(import.meta.dirname, '../..'), 'package.json'));
  });

  it('calls a missing package.json a broken installation, and says to reinstall, in Dutch and English', () => {
    const dir = tempDir('no-package');
    const error = (() => {
      try {
        return findPackageRoot(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const { text, hintText } = error as ConfigError;
    expect(renderText(text, 'nl')).toBe(`mobiscan is niet goed geïnstalleerd: het kan zijn eigen package.json niet vinden (gezocht vanaf ${dir}), en daarmee ook zijn gegevensbestanden niet.`);
    expect(renderText(hintText!, 'nl')).toMatch(/^Installeer mobiscan opnieuw/);
    expect(renderText(text, 'en')).toMatch(/^mobiscan is not installed properly/);
    expect(renderText(hintText!, 'en')).toMatch(/^Reinstall mobiscan/);
  });
});
