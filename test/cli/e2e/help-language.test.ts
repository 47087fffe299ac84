import type { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { setCliLang } from '../../../src/cli/cli-lang.js';
import { registerCommands } from '../../../src/cli/commands/index.js';
import type { Lang } from '../../../src/core/i18n/index.js';
import { programWith } from '../run-program.js';
import { runCli } from './run-cli.js';

/** Every command and subcommand of the real program, by its path ("scan", "scan list"). */
function commandsOf(lang: Lang): Map<string, Command> {
  setCliLang(lang);
  const found = new Map<string, Command>();
  const walk = (command: Command, path: string) => {
    for (const sub of command.commands) {
      const name = path === '' ? sub.name() : `${path} ${sub.name()}`;
      found.set(name, sub);
      walk(sub, name);
    }
  };
  walk(programWith([registerCommands]), '');
  return found;
}

/** What `--help` prints after the options: the explanation and the examples. */
function helpAfter(command: Command): string {
  let help = '';
  command.configureOutput({ writeOut: (s) => (help += s) });
  command.outputHelp();
  return help.slice(command.helpInformation().length);
}

/** The texts a person reads in a command's help: its description, the argument and option descriptions. */
function describedTexts(command: Command): string[] {
  return [
    command.description(),
    ...command.registeredArguments.map((a) => a.description).filter((d) => d !== ''),
    ...command.options.filter((o) => o.long !== '--help').map((o) => o.description),
  ];
}

/**
 * The reading text of a Dutch help, without what stays as typed: example command lines,
 * flags, placeholders, quoted and backticked literals, and the English names a Dutch file may
 * use for a column or a value ("bedrijf (company)", "datum/date").
 */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    .join('\n')
    .replace(/`[^`]*`|'[^']*'|"[^"]*"|<[^>]*>|--?[a-z][\w-]*/g, ' ')
    .replace(/\w+\/[\w/]+/g, ' ')
    .replace(/\((company|measure|note|kind|start|targetPct|baselineYear|targetYear|mode|fuel)\b/g, ' ');
}

/** English words that do not occur in the Dutch texts (naive translations leave them behind). */
const ENGLISH = /\b(the|show|shows|file|files|company|companies|examples?|with|and|from|default|folder|workspace|members?|write|record|when|every|each|without|which|or|to|of the|in the)\b/i;

describe('the help of every command speaks the run language', () => {
  const nl = commandsOf('nl');
  const en = commandsOf('en');
  afterAll(() => setCliLang('en'));

  it('finds every command and subcommand, the same in both languages', () => {
    expect([...nl.keys()]).toEqual([...en.keys()]);
    expect(nl.size).toBeGreaterThan(40);
    for (const path of ['columns', 'scan', 'scan list', 'geodata import', 'init', 'company add', 'goal import', 'track remove', 'measure catalogue', 'campaign register', 'wpm', 'report', 'batch', 'demo']) expect(nl.has(path), path).toBe(true);
  });

  it('says every description, argument and option in Dutch and in English, never the same text', () => {
    for (const [path, command] of nl) {
      const dutch = describedTexts(command);
      const english = describedTexts(en.get(path)!);
      expect(dutch.length, path).toBe(english.length);
      dutch.forEach((text, i) => {
        expect(text, `${path}: ${english[i]}`).not.toBe('');
        expect(text, `${path}: a text left in one language`).not.toBe(english[i]);
        expect(prose(text), `${path}: "${text}"`).not.toMatch(ENGLISH);
      });
    }
  });

  it('writes the explanations and the examples heading in Dutch, the command lines as typed', () => {
    for (const [path, command] of nl) {
      const dutch = helpAfter(command);
      const english = helpAfter(en.get(path)!);
      expect(dutch, path).toContain('Voorbeelden:');
      expect(dutch, path).not.toContain('Examples:');
      expect(prose(dutch), `${path}:\n${dutch}`).not.toMatch(ENGLISH);
      expect(english, path).toContain('Examples:');
      const commandLines = (text: string) => text.split('\n').filter((l) => /^\s*\$ /.test(l)).map((l) => l.trim().split(/\s{2,}/)[0]);
      expect(commandLines(dutch), path).toEqual(commandLines(english));
    }
  });

  it('writes every example as an installed tool: `mobiscan ...`, never `npx mobiscan ...`', () => {
    for (const [path, command] of [...nl, ...en]) {
      const help = helpAfter(command);
      expect(help, path).not.toContain('npx mobiscan');
      for (const line of help.split('\n').filter((l) => /^\s*\$ /.test(l))) expect(line.trim(), path).toMatch(/^\$ mobiscan /);
    }
  });

  it('keeps the English help as English', () => {
    const dutchWords = /\b(de|het|een|van|werkmap|deelnemer|Voorbeelden|standaard|bestand)\b/;
    for (const [path, command] of en) {
      for (const text of describedTexts(command)) expect(prose(text), `${path}: "${text}"`).not.toMatch(dutchWords);
      expect(prose(helpAfter(command)), path).not.toMatch(dutchWords);
    }
  });
});

describe('--help on the command line', { timeout: 60_000 }, () => {
  it('is Dutch by default and English with --lang en anywhere on the line', () => {
    const dutch = runCli(['track', 'import', '--help'], { env: { MOBISCAN_LANG: '' } });
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toContain('importeer een log van parkeergarage of slagboom');
    expect(dutch.stdout).toContain('Voorbeelden:\n  $ mobiscan track import parkeergarage-2026-03.csv');
    for (const args of [['--lang', 'en', 'track', 'import', '--help'], ['track', 'import', '--help', '--lang=en'], ['help', 'track', 'import', '--lang', 'en']]) {
      const english = runCli(args, { env: { MOBISCAN_LANG: '' } });
      expect(english.code, args.join(' ')).toBe(0);
      expect(english.stdout, args.join(' ')).toContain('import a parking or barrier log');
      expect(english.stdout, args.join(' ')).toContain('Examples:');
    }
  });

  it('gives the program help its examples in Dutch', () => {
    const run = runCli(['--help'], { env: { MOBISCAN_LANG: '' } });
    expect(run.stdout).toContain('Voorbeelden:');
    expect(run.stdout).toMatch(/\$ mobiscan demo +de voorbeeldalliantie, van begin tot eind/);
    expect(run.stdout).not.toContain('npx mobiscan');
    expect(run.stdout).not.toContain('Examples:');
  });

  it("says commander's own words in Dutch: [opties], [opdracht], standaard, keuze uit", () => {
    const dutch = runCli(['geodata', 'import', '--help'], { env: { MOBISCAN_LANG: '' } }).stdout + runCli(['demo', '--help'], { env: { MOBISCAN_LANG: '' } }).stdout;
    expect(dutch).toContain('Gebruik: mobiscan geodata import [opties] <files...>');
    expect(dutch).toMatch(/bestandsformaat \(standaard: automatisch herkend\) \(keuze\s+uit: "geonames", "csv"\)/);
    expect(dutch).toContain('xlsx, pdf of beide (standaard: "xlsx,pdf")');
    expect(dutch).toMatch(/al eerder draaide\) \(standaard: "mobiscan-demo"\)/);
    for (const english of ['[options]', '[command]', '(default:', 'choices:']) expect(dutch).not.toContain(english);
    const root = runCli(['--help'], { env: { MOBISCAN_LANG: '' } }).stdout;
    expect(root).toContain('Gebruik: mobiscan [opties] [opdracht]');
    expect(root).toMatch(/help \[opdracht\] +toon de hulp bij een opdracht/);
    const english = runCli(['geodata', 'import', '--help', '--lang', 'en'], { env: { MOBISCAN_LANG: '' } }).stdout;
    expect(english).toContain('Usage: mobiscan geodata import [options] <files...>');
    expect(english).toMatch(/\(default: detected\) \(choices: "geonames",\s+"csv"\)/);
  });
});
