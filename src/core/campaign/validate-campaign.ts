import { InputError } from '../errors.js';
import { text } from '../i18n/index.js';
import { parseDateText } from '../track/parse-date-time.js';
import { campaignCoreMessages } from './campaign-core-messages.js';
import type { Campaign } from './types.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The fields of a campaign as a user gives them (flags or a CSV row); dates as written. */
export interface CampaignInput {
  id: string;
  name: string;
  from: string;
  to: string;
  /** Member ids, or empty / undefined for all members. */
  companyIds?: readonly string[];
}

/** Checks and normalises a campaign (dates in Dutch or ISO form); throws an InputError naming the field. */
export function validateCampaign(input: CampaignInput, knownCompanies: ReadonlySet<string>): Campaign {
  const id = input.id.trim().toLowerCase();
  if (!ID.test(id)) throw new InputError(text(campaignCoreMessages, 'badId', { value: input.id }));
  const name = input.name.trim();
  if (name === '') throw new InputError(text(campaignCoreMessages, 'noName', { id }));
  const from = parseDateText(input.from.trim());
  if (from === null) throw new InputError(text(campaignCoreMessages, 'badDate', { field: 'from', value: input.from }));
  const to = parseDateText(input.to.trim());
  if (to === null) throw new InputError(text(campaignCoreMessages, 'badDate', { field: 'to', value: input.to }));
  if (to < from) throw new InputError(text(campaignCoreMessages, 'endBeforeStart', { from, to }));
  const ids = [...new Set((input.companyIds ?? []).map((c) => c.trim()).filter((c) => c !== ''))];
  const unknown = ids.filter((c) => !knownCompanies.has(c));
  if (unknown.length > 0) throw new InputError(text(campaignCoreMessages, 'unknownMembers', { ids: unknown.join(', ') }));
  return { id, name, period: { from, to }, companyIds: ids.length === 0 ? null : ids.sort() };
}
