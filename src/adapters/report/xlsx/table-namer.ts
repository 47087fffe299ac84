/**
 * Returns a function that turns a table id ('band-mode') into an Excel table name that is valid
 * (letters, digits and underscores, starting with a letter, not like a cell address) and unique
 * in the workbook, as Excel requires.
 */
export function tableNamer(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    const base = `T_${id.replace(/[^A-Za-z0-9_]+/g, '_')}`.slice(0, 240);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}_${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}
