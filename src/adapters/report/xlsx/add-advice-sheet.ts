import type { Workbook } from 'exceljs';
import type { ReportModel, Table } from '../../../core/report/report-model.js';
import { applyColumnWidths, columnWidths } from './column-widths.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

/** The advice items as one table, in rank order, one row per measure. */
export function adviceTable(model: ReportModel): Table {
  const { labels } = model;
  // a goal that is met, not set or without a baseline leaves its share column empty (numbers only there): the note says why
  const stateWord = { met: labels.goalMet, none: labels.adviceNoGoal, 'no-baseline': labels.adviceNoBaseline, open: undefined };
  const goals = model.adviceGoals ? ([[labels.peakGap, model.adviceGoals.peak], [labels.co2Gap, model.adviceGoals.co2]] as const) : [];
  const metNote = goals.flatMap(([goal, state]) => (stateWord[state] ? [`${labels.shareOfGap} (${goal}): ${stateWord[state]}.`] : [])).join(' ');
  return {
    id: 'advice',
    title: labels.advice,
    columns: [
      { key: 'rank', label: labels.rank, format: 'int', width: 6 },
      { key: 'title', label: labels.measure, format: 'text', width: 24 },
      { key: 'summary', label: labels.measureSummary, format: 'text', width: 40 },
      { key: 'group', label: labels.group, format: 'text', width: 26 },
      { key: 'groupSize', label: labels.groupSize, format: 'int' },
      { key: 'participants', label: labels.participants, format: 'int' },
      { key: 'avoidancesPerDay', label: labels.avoidancesPerDay, format: 'decimal1', visual: 'dataBar' },
      { key: 'co2TonnesPerYear', label: labels.co2TonnesPerYear, format: 'decimal1', visual: 'dataBar' },
      { key: 'shareOfPeakGap', label: `${labels.shareOfGap} (${labels.peakGap})`, format: 'pct', width: 16 },
      { key: 'shareOfCo2Gap', label: `${labels.shareOfGap} (${labels.co2Gap})`, format: 'pct', width: 16 },
      { key: 'evidence', label: labels.evidence, format: 'text', width: 14 },
      { key: 'evidenceWarning', label: labels.evidenceWarning, format: 'text', width: 40 },
      { key: 'cost', label: labels.cost, format: 'text', width: 24 },
      { key: 'explanation', label: labels.explanation, format: 'text', width: 60 },
      { key: 'source', label: labels.source, format: 'text', width: 40 },
    ],
    rows: model.advice.map((item) => [
      item.rank,
      item.title,
      item.summary,
      item.groupLabel,
      item.groupSize,
      item.participants,
      item.avoidancesPerDay,
      item.co2TonnesPerYear,
      item.shareOfPeakGap,
      item.shareOfCo2Gap,
      labels.evidenceWords[item.evidence],
      item.evidenceWarning ?? null,
      item.cost,
      item.explanation,
      item.source,
    ]),
    ...(metNote && { note: metNote }),
  };
}

/** Adds the advice sheet: every measure with its group, effect, evidence, cost and explanation. */
export function addAdviceSheet(workbook: Workbook, name: string, model: ReportModel, context: TableContext): void {
  const sheet = newSheet(workbook, name);
  const table = adviceTable(model);
  applyColumnWidths(sheet, columnWidths([table], context.lang, context.suppressedLabel));
  const intro = model.advicePackage ? [model.labels.advicePackage, model.advicePackage.text] : [];
  const top = writeLines(sheet, writeLines(sheet, 1, [model.labels.advice], 'title'), intro, 'paragraph');
  const written = writeTable(sheet, table, top + 1, context, false);
  const running = model.runningMeasures ?? [];
  if (running.length > 0) {
    const next = writeLines(sheet, written.lastDataRow + 2, [model.labels.adviceRunning], 'heading');
    writeLines(sheet, next, running.map((r) => `${r.title}: ${r.text}`), 'paragraph');
  }
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: written.headerRow, topLeftCell: `C${written.headerRow + 1}` }];
}
