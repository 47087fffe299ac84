import type { Workbook, Worksheet } from 'exceljs';
import { excelNumFmt, formatValue } from '../../../core/report/format-value.js';
import type { GoalStatus, ReportModel } from '../../../core/report/report-model.js';
import { excelValue, isoDateToUtc, safeText } from './excel-value.js';
import { statusStyle } from './status-style.js';
import { fitRowHeight } from './fit-row-height.js';
import { font } from './font.js';
import { newSheet } from './new-sheet.js';
import { writeLines } from './write-lines.js';
import { writeTable, type TableContext } from './write-table.js';

function setStatus(sheet: Worksheet, row: number, column: number, status: GoalStatus | undefined): void {
  if (!status) return;
  const cell = sheet.getCell(row, column);
  const style = statusStyle(status);
  cell.fill = style.fill;
  cell.font = { ...style.font, bold: cell.font?.bold ?? false };
}

function width(texts: string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((text) => text.length + 2)));
}

/**
 * Adds the summary sheet: title, subtitle and date, the key figures (status as a coloured cell),
 * the goals with their traffic-light status and phrase, and the confidentiality note.
 */
export function addSummarySheet(workbook: Workbook, name: string, model: ReportModel, context: TableContext): void {
  const { labels } = model;
  const sheet = newSheet(workbook, name);
  const figures = model.keyFigures.map((f) => formatValue(f.value, f.format, model.lang, labels.suppressed));
  sheet.getColumn(1).width = width([...model.keyFigures.map((f) => f.label), ...model.goals.map((g) => g.label)], 16, 50);
  sheet.getColumn(2).width = width([...figures, ...model.goals.map((g) => g.target)], 12, 40);
  sheet.getColumn(3).width = width([...model.keyFigures.map((f) => `${f.status ? `${labels.statusWords[f.status]}: ` : ''}${f.note ?? ''}`), ...model.goals.map((g) => g.statusText)], 12, 50);
  sheet.getColumn(4).width = width(model.goals.map((g) => g.phrase), 12, 70);

  let row = writeLines(sheet, 1, [model.title], 'title');
  row = writeLines(sheet, row, [model.subtitle], 'paragraph');
  const date = sheet.getCell(row, 1);
  date.value = isoDateToUtc(model.generatedOn) ?? safeText(model.generatedOn);
  date.numFmt = excelNumFmt('date') ?? 'dd-mm-yyyy';
  date.alignment = { horizontal: 'left' };
  row = writeLines(sheet, row + 2, [labels.keyFigures], 'heading');

  for (const figure of model.keyFigures) {
    sheet.getCell(row, 1).value = safeText(figure.label);
    const value = sheet.getCell(row, 2);
    value.value = excelValue(figure.value, figure.format, labels.suppressed);
    const numFmt = excelNumFmt(figure.format);
    if (numFmt && figure.value !== null) value.numFmt = numFmt;
    value.font = font({ bold: true });
    setStatus(sheet, row, 2, figure.status);
    // the status in words beside its colour, so the colour is never the only sign
    const status = figure.status ? labels.statusWords[figure.status] : undefined;
    const note = [status, figure.note].filter((x) => x !== undefined && x !== '').join(': ');
    if (note !== '') sheet.getCell(row, 3).value = safeText(note);
    row += 1;
  }

  if (model.goals.length > 0) {
    row = writeLines(sheet, row + 1, [labels.goals], 'heading');
    for (const goal of model.goals) {
      sheet.getCell(row, 1).value = safeText(goal.label);
      sheet.getCell(row, 2).value = safeText(goal.target);
      sheet.getCell(row, 3).value = safeText(goal.statusText);
      setStatus(sheet, row, 3, goal.status);
      const phrase = sheet.getCell(row, 4);
      phrase.value = safeText(goal.phrase);
      phrase.alignment = { wrapText: true, vertical: 'top' };
      fitRowHeight(sheet, row);
      row += 1;
    }
  }

  const summary = model.summary;
  if (summary) {
    row = writeLines(sheet, row + 1, [summary.title], 'heading');
    for (const point of summary.points) {
      sheet.getCell(row, 1).value = safeText(point.label);
      sheet.getCell(row, 1).font = font({ bold: true });
      const cell = sheet.getCell(row, 2);
      cell.value = safeText(point.text);
      sheet.mergeCells(row, 2, row, 4);
      cell.alignment = { wrapText: true, vertical: 'top' };
      sheet.getRow(row).height = 15 * Math.max(1, Math.ceil(point.text.length / 110));
      row += 1;
    }
    row += 1;
    for (const table of [summary.actions, summary.comparison]) if (table) row = writeTable(sheet, table, row, context).nextRow;
    if (summary.comparisonNote) row = writeLines(sheet, row - 1, [summary.comparisonNote], 'note') + 1;
  }

  writeLines(sheet, row + 1, [labels.confidentialityNote, labels.generatedBy], 'note');
}
