import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { EXIT, reportError } from './run-action.js';
import { VERSION } from '../adapters/version.js';


/** Builds the commander program; every command module only declares itself and loads its work on demand. */
export function buildProgram(): Command {
  const program = new Command('mobiscan')
    .description('Mobility scans, peak-hour avoidance tracking and reports for Dutch employer alliances.\nOffline and private by design: nothing leaves this machine.')
    .version(VERSION, '-V, --version')
    .option('--json', 'print machine-readable JSON on stdout')
    .option('-q, --quiet', 'print only errors')
    .option('--no-color', 'no colours (the NO_COLOR variable works too)')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerCommands(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ mobiscan demo                                    the example alliance, end to end
  $ mobiscan columns hr-export.csv                   how the columns of an export are understood
  $ mobiscan scan hr-export.csv --location Dordrecht=3318AT
  $ mobiscan report --company asz                    Excel workbook and PDF with tailored advice
  $ mobiscan <command> --help                        help and examples for one command`,
  );
  return program;
}

/** Runs the CLI; usage errors exit 2, failed work 1. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = done ? EXIT.ok : error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportError(error, argv.includes('--debug'));
  }
}

await main();
