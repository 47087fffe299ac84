import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import { planTable } from '../../../../src/adapters/report/pdf/table-pages.js';
import type { ReportModel, Table } from '../../../../src/core/report/report-model.js';
import { bareModel, longTable } from './pdf-test-models.js';

const rows = (n: number, height = 14): number[] => Array.from({ length: n }, () => height);

describe('planTable', () => {
  it('draws a table that fits where it is', () => {
    expect(planTable(rows(10), { first: 400, page: 700 }, 30, 20)).toEqual({ newPageFirst: false, breaks: [] });
  });

  it('moves a short table that does not fit below whole to the next page', () => {
    expect(planTable(rows(20), { first: 200, page: 700 }, 30, 20)).toEqual({ newPageFirst: true, breaks: [] });
  });

  it('splits a long table, never leaving fewer than three rows on the first or the last page', () => {
    // 60 rows of 14 points: 870 points with its head, more than a page
    const plan = planTable(rows(60), { first: 60, page: 700 }, 30, 20);
    expect(plan.newPageFirst).toBe(true); // 60 points do not hold the head and three rows
    const long = planTable(rows(49), { first: 300, page: 700 }, 30, 20);
    expect(long.newPageFirst).toBe(false);
    const pages = [0, ...long.breaks, 49].slice(1).map((end, i, ends) => end - (i === 0 ? 0 : ends[i - 1]!));
    expect(pages.every((n) => n >= 3)).toBe(true);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(49);
  });

  it('moves rows onto a last page that would hold only one', () => {
    // the first page holds 19 rows, the second 48: 68 rows leave one for a third page
    const plan = planTable(rows(68), { first: 300, page: 700 }, 30, 20);
    const last = plan.breaks.at(-1)!;
    expect(68 - last).toBeGreaterThanOrEqual(3);
  });
});

describe('tables in the PDF', () => {
  async function pagesOf(model: ReportModel): Promise<Map<string, number[]>> {
    const where = new Map<string, number[]>();
    await renderPdf(model, { onText: (text, page) => where.set(text, [...(where.get(text) ?? []), page]) });
    return where;
  }
  const paragraph = 'Een alinea die ruimte inneemt, zodat de tabel telkens ergens anders op de pagina begint. '.repeat(3);
  const short: Table = { ...longTable(18), id: 'short', title: 'Korte tabel', totals: ['Totaal', null, 999, 0.5] };

  it('keep a short table on one page, with its heading, wherever the part before ends', async () => {
    for (let n = 4; n <= 22; n += 2) {
      const model: ReportModel = {
        ...bareModel,
        sections: [
          { id: 'a', title: 'Eerste deel', intro: Array.from({ length: n }, () => paragraph), tables: [] },
          { id: 'b', title: 'Tweede deel', intro: ['Korte inleiding.'], tables: [short] },
        ],
      };
      const where = await pagesOf(model);
      const rowsPages = new Set([...short.rows.map((r) => where.get(String(r[0]))?.[0]), where.get('Totaal')?.[0]]);
      expect(rowsPages.size, `after ${n} paragraphs`).toBe(1);
      // the heading (drawn in the text, then in the running header and the contents on the cover) stands above it
      expect(where.get('Tweede deel')?.filter((p) => p > 1)[0], `after ${n} paragraphs`).toBe([...rowsPages][0]);
    }
  });

  it('start a part on a new page when its heading, intro and short table do not fit below the part before', async () => {
    // a heading takes its real height: an estimate 26 points short left the intro on one page and the table alone on the next
    const line = 'woord '.repeat(16);
    for (let n = 6; n <= 14; n++) {
      for (const lines of [0, 1, 2, 3]) {
        const model: ReportModel = {
          ...bareModel,
          sections: [
            { id: 'a', title: 'Eerste deel', intro: [...Array.from({ length: n }, () => paragraph), ...(lines > 0 ? [line.repeat(lines)] : [])], tables: [] },
            { id: 'b', title: 'Tweede deel', intro: [paragraph, paragraph, paragraph], tables: [{ ...short, rows: short.rows.slice(0, 2) }] },
          ],
        };
        const where = await pagesOf(model);
        const heading = where.get('Tweede deel')?.filter((p) => p > 1)[0];
        expect(where.get(String(short.rows[0]![0]))?.[0], `after ${n} paragraphs and ${lines} lines`).toBe(heading);
      }
    }
  });

  it('repeat a long table’s header on every page and leave no page with fewer than three of its rows', async () => {
    for (let length = 96; length <= 108; length += 2) {
      const table = longTable(length);
      const where = await pagesOf({ ...bareModel, sections: [{ id: 'long', title: 'Postcodes', intro: ['Een lange tabel.'], tables: [table] }] });
      const perPage = new Map<number, number>();
      for (const row of [...table.rows, table.totals!]) {
        const page = where.get(String(row[0]))![0]!;
        perPage.set(page, (perPage.get(page) ?? 0) + 1);
      }
      expect(perPage.size).toBeGreaterThan(1);
      expect(Math.min(...perPage.values()), `${length} rows: ${[...perPage.values()].join(', ')}`).toBeGreaterThanOrEqual(3);
      // the header's longest word is drawn once on each page the table spans
      expect(where.get('Woonplaats')).toEqual([...perPage.keys()]);
    }
  });
});
