import type { Section, Table } from './report-model.js';

/** A section holding one table; the table takes the section's id and title unless it names its own. */
export function tableSection(id: string, title: string, intro: string[], table: Omit<Table, 'id' | 'title'> & Partial<Pick<Table, 'id' | 'title'>>): Section {
  return { id, title, intro, tables: [{ id, title, ...table }] };
}
