import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import type { AdviceItem, ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';
import { bareModel } from './pdf-test-models.js';

/** Where each drawn string lands: its pages, in drawing order. */
async function pagesOf(model: ReportModel): Promise<Map<string, number[]>> {
  const where = new Map<string, number[]>();
  await renderPdf(model, { onText: (text, page) => where.set(text, [...(where.get(text) ?? []), page]) });
  return where;
}

const base = sampleModel.advice[0]!;
const sentence = 'Een zin die de uitleg een regel langer maakt, zodat de kaart erna telkens op een andere hoogte begint. ';

/** An advice card with its own title and source, so the test finds exactly its first and last text. */
function card(rank: number, explanation: string, extra: Partial<AdviceItem> = {}): AdviceItem {
  return { ...base, rank, id: `card-${rank}`, title: `Kaart ${rank}`, source: `Bron van kaart ${rank}`, explanation, ...extra };
}

/** Only the advice part: no summary, sections or method pages to wait for. */
const adviceModel = (advice: AdviceItem[]): ReportModel => ({ ...bareModel, summary: null, sections: [], advicePackage: null, runningMeasures: [], advice });

describe('advice cards in the PDF', () => {
  it('keep a card that fits on a page whole, wherever the card before it ends', async () => {
    // the thin evidence warning and a long source make the card's foot tall, as in the real reports
    const second = card(2, sentence.repeat(3), { evidence: 'thin', evidenceWarning: 'Let op: voor de deelname bestaat geen stevig publiek cijfer. '.repeat(2), source: `${'Een lange bronvermelding. '.repeat(12)}Bron van kaart 2` });
    // the first card grows by about a line each time, moving the second one down the page in steps
    for (let n = 1; n <= 46; n++) {
      const where = await pagesOf(adviceModel([card(1, sentence.repeat(n)), second]));
      const title = where.get('Kaart 2')![0];
      expect(where.get(second.source)?.[0], `the first card has ${n} sentences`).toBe(title);
      expect(where.get(second.explanation)?.[0], `the first card has ${n} sentences`).toBe(title);
    }
  });

  it('let a card taller than a page break, but keep its heading with the start of its text', async () => {
    const tall = card(2, sentence.repeat(60));
    for (let n = 1; n <= 30; n += 3) {
      const where = await pagesOf(adviceModel([card(1, sentence.repeat(n)), tall]));
      const title = where.get('Kaart 2')![0]!;
      expect(where.get(tall.explanation)?.[0], `the first card has ${n} sentences`).toBe(title);
      expect(where.get(tall.source)![0]!, `the first card has ${n} sentences`).toBeGreaterThan(title);
    }
  });
});
