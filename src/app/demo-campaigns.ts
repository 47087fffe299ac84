import { join } from 'node:path';
import { openWorkspace } from '../adapters/store/open-workspace.js';
import { messageLang, translator } from '../core/i18n/index.js';
import { demoMessages } from './demo-messages.js';
import { importCampaignRegistrations } from './campaign/import-campaign-registrations.js';
import { importCampaignFile } from './campaign/import-campaigns.js';
import type { DemoManifest } from './demo-manifest.js';

/** Records the example alliance's campaigns and reads their registrations; a rerun changes nothing. */
export async function importDemoCampaigns(workspace: string, allianceDir: string, campaigns: NonNullable<DemoManifest['campaigns']>): Promise<string> {
  const ws = await openWorkspace(workspace);
  try {
    const recorded = await importCampaignFile(ws, join(allianceDir, campaigns.file));
    let registrations = 0;
    for (const r of campaigns.registrations) {
      const outcome = await importCampaignRegistrations(ws, { campaignId: r.campaign, file: join(allianceDir, r.file), lang: messageLang() });
      registrations += outcome.status === 'unchanged' ? 0 : outcome.registrations;
    }
    return translator(demoMessages, messageLang())('campaigns', { recorded: recorded.added.length + recorded.changed.length, registrations });
  } finally {
    ws.close();
  }
}
