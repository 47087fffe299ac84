import type { Command } from 'commander';
import { registerBatch } from './batch.js';
import { registerCampaign } from './campaign.js';
import { registerColumns } from './columns.js';
import { registerCompany } from './company.js';
import { registerDemo } from './demo.js';
import { registerGeodata } from './geodata.js';
import { registerGoal } from './goal.js';
import { registerInit } from './init.js';
import { registerMeasure } from './measure.js';
import { registerReport } from './report.js';
import { registerScan } from './scan.js';
import { registerTrack } from './track.js';
import { registerWpm } from './wpm.js';

/** Every subcommand, in the order `mobiscan --help` lists them. */
export function registerCommands(program: Command): void {
  registerColumns(program);
  registerScan(program);
  registerGeodata(program);
  registerInit(program);
  registerCompany(program);
  registerGoal(program);
  registerTrack(program);
  registerMeasure(program);
  registerCampaign(program);
  registerWpm(program);
  registerReport(program);
  registerBatch(program);
  registerDemo(program);
}
