import { packagePath } from '../../adapters/package-path.js';
import { join, relative } from 'node:path';
import { setUpDemoWorkspace } from '../../app/demo-setup.js';
import type { Output } from '../output.js';
import { allianceFileBase } from '../../core/report/report-file-base.js';
import { cliLang, cliT } from '../cli-lang.js';
import { firstContactMessages } from './first-contact-messages.js';
import { outputMessages } from './output-messages.js';
import { runBatchCommand } from './batch-run.js';

/** The package's examples folder. */
const EXAMPLES = packagePath('examples');

/** Sets up the demo workspace and runs the batch over the example exports. */
export async function runDemo(out: Output, dir: string, flags: { format: string; dataDir?: string }): Promise<number> {
  out.info(cliT(outputMessages)('demoSetup', { dir }));
  const setup = await setUpDemoWorkspace(dir, { examplesDir: EXAMPLES, log: (line) => out.info(`  ${line}`) });
  out.info(cliT(outputMessages)('demoBatch', { created: setup.created ? 'yes' : 'no' }));
  const code = await runBatchCommand(out, {
    manifest: join(EXAMPLES, 'alliance', 'manifest.json'),
    workspace: setup.workspace,
    format: flags.format,
    dataDir: flags.dataDir,
  });
  const reports = join(setup.workspace, 'reports');
  out.info('');
  const t = cliT(firstContactMessages);
  // relative only below the current folder: '../../../tmp/demo/reports' reads worse than the full path
  const nearby = relative(process.cwd(), reports);
  out.info(t('demoDone', { dir: nearby !== '' && !nearby.startsWith('..') ? nearby : reports, alliance: allianceFileBase('', cliLang()).replace(/-\w+$/, '') }));
  out.info(t('demoExplore', { dir }));
  return code;
}
