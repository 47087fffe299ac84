/** How a table is laid over pages: whether it starts on a new page, and before which rows a page breaks. */
export interface TablePlan {
  newPageFirst: boolean;
  breaks: number[];
}

/** A table no taller than this share of a page is kept on one page. */
export const keepShare = 0.6;
/** No page holds fewer body rows of a split table than this (unless the table has fewer). */
export const minRows = 3;

/**
 * Plans a table's pages from its row heights (body rows, then the totals row if any): a short
 * table (up to 60% of a page) that does not fit below moves whole to the next page; a longer one
 * starts here when its header and first rows fit, and breaks so that no page, the first or the
 * last, holds fewer than three of its rows. `head` is the height of the title and header row,
 * `repeat` that of the header repeated on a later page.
 */
export function planTable(rows: readonly number[], space: { first: number; page: number }, head: number, repeat: number): TablePlan {
  const total = head + rows.reduce((a, b) => a + b, 0);
  if (total <= space.first) return { newPageFirst: false, breaks: [] };
  const lead = rows.slice(0, minRows).reduce((a, b) => a + b, head);
  const newPageFirst = total <= space.page * keepShare || lead > space.first;
  if (newPageFirst && total <= space.page) return { newPageFirst, breaks: [] };
  const breaks: number[] = [];
  let left = (newPageFirst ? space.page : space.first) - head;
  rows.forEach((height, i) => {
    if (height <= left || i === 0) {
      left -= height;
      return;
    }
    breaks.push(i);
    left = space.page - repeat - height;
  });
  // widow control: move rows from the page before onto a last page that holds too few
  const last = breaks.at(-1);
  if (last !== undefined && rows.length - last < minRows) {
    const before = breaks.at(-2) ?? 0;
    const moved = Math.max(before + minRows, rows.length - minRows);
    if (moved > before && moved < last) breaks[breaks.length - 1] = moved;
  }
  return { newPageFirst, breaks };
}
