/** Excel's hard limit on a sheet name. */
const maxLength = 31;
/** Characters Excel refuses in a sheet name, plus control characters. */
const forbidden = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

function cut(text: string, length: number): string {
  let result = text.slice(0, length);
  // never leave half of a surrogate pair behind
  if (/[\ud800-\udbff]$/.test(result)) result = result.slice(0, -1);
  return result.trimEnd();
}

function clean(title: string): string {
  // Excel also refuses a leading or trailing apostrophe
  const name = title.replace(forbidden, '-').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  return cut(name, maxLength) || 'Sheet';
}

/**
 * Returns a function that turns titles into valid, unique sheet names: at most 31 characters,
 * none of []:*?/\, unique ignoring case (as Excel compares them), never the reserved "History".
 */
export function sheetNamer(): (title: string) => string {
  const used = new Set<string>(['history']);
  return (title) => {
    const base = clean(title);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${cut(base, maxLength - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
}
