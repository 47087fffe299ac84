import { openTable } from '../../adapters/read/open-table.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import { normaliseKey } from '../../core/ingest/normalise-key.js';
import { InputError } from '../../core/errors.js';
import { validateCampaign, type CampaignInput } from '../../core/campaign/validate-campaign.js';
import type { Campaign } from '../../core/campaign/types.js';
import { campaignCoreMessages } from '../../core/campaign/campaign-core-messages.js';
import { text } from '../../core/i18n/index.js';

/** Header words of a campaigns file, folded by normaliseKey. */
const HEADERS: Record<keyof CampaignInput, readonly string[]> = {
  id: ['id', 'campagne', 'campaign', 'campagneid', 'campaignid'],
  name: ['naam', 'name', 'titel', 'title'],
  from: ['van', 'from', 'start', 'begin', 'begindatum', 'startdatum', 'vanaf'],
  to: ['tot', 'to', 'eind', 'end', 'einddatum', 'totenmet', 'tm'],
  companyIds: ['deelnemers', 'members', 'leden', 'companies', 'organisaties'],
};

/** What importing a campaigns file did, by campaign id. */
export interface CampaignFileOutcome {
  added: string[];
  changed: string[];
  unchanged: string[];
}

/**
 * Reads campaigns from CSV or Excel (one a row: id, naam, van, tot, deelnemers separated by
 * spaces, commas or |) and records them all or none: a bad row names its row and field.
 */
export async function importCampaignFile(ws: Workspace, path: string): Promise<CampaignFileOutcome> {
  const table = await openTable(path);
  const known = new Set(ws.companies.list().map((c) => c.id));
  let columns: Partial<Record<keyof CampaignInput, number>> | undefined;
  const campaigns: Campaign[] = [];
  for await (const row of table.rows) {
    if (columns === undefined) {
      const found: Partial<Record<keyof CampaignInput, number>> = {};
      row.cells.forEach((cell, i) => {
        const key = normaliseKey(cell);
        for (const [field, words] of Object.entries(HEADERS) as [keyof CampaignInput, readonly string[]][]) {
          if (found[field] === undefined && words.includes(key)) found[field] = i;
        }
      });
      if (found.id !== undefined && found.from !== undefined && found.to !== undefined) columns = found;
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    const cell = (field: keyof CampaignInput) => (columns![field] === undefined ? '' : (row.cells[columns![field]!] ?? ''));
    try {
      campaigns.push(
        validateCampaign({ id: cell('id'), name: cell('name') || cell('id'), from: cell('from'), to: cell('to'), companyIds: cell('companyIds').split(/[,;|\s]+/) }, known),
      );
    } catch (error) {
      if (error instanceof InputError) throw new InputError(text(campaignCoreMessages, 'fileRow', { file: path, row: row.row, message: error.message }));
      throw error;
    }
  }
  if (columns === undefined) throw new InputError(text(campaignCoreMessages, 'noCampaignHeader', { file: path }), text(campaignCoreMessages, 'noCampaignHeaderHint'));
  const outcome: CampaignFileOutcome = { added: [], changed: [], unchanged: [] };
  ws.transaction(() => {
    for (const campaign of campaigns) {
      const { created, changed } = ws.campaigns.put(campaign);
      (created ? outcome.added : changed ? outcome.changed : outcome.unchanged).push(campaign.id);
    }
  });
  return outcome;
}
