#!/usr/bin/env bash
# Manual check, not part of `npm test`: lets LibreOffice open report workbooks, convert them to PDF
# and CSV, and save them back as .xlsx; then reads original and round trip with exceljs and
# checks that every sheet, Excel table, print title row and header/footer survived.
# Needs LibreOffice:  apt-get update && apt-get install -y libreoffice-calc-nogui
# Usage: scripts/check-xlsx-libreoffice.sh [--out DIR] [WORKBOOK.xlsx ...]
#   without workbooks it renders the sample report model (nl and en) and checks those;
#   for the real reports: npx mobiscan demo DIR, then pass DIR/reports/*.xlsx
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out=/tmp/mobiscan-xlsx-check
if [ "${1:-}" = "--out" ]; then out="$2"; shift 2; fi
build="$out/build"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-calc-nogui" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$build" "$out/in"
ln -s "$root/node_modules" "$build/node_modules"
echo '{ "type": "module" }' > "$build/package.json"

if [ "$#" -eq 0 ]; then
  # compile only the writer and the sample model; node resolves exceljs through the symlink
  (cd "$root" && npx tsc --outDir "$build" --rootDir . --module NodeNext --moduleResolution NodeNext \
    --target ES2022 --strict --skipLibCheck --types node \
    src/adapters/report/xlsx/render-workbook.ts test/fixtures/report/sample-model.ts)
  cat > "$build/render.mjs" <<'JS'
import { writeFile } from 'node:fs/promises';
import { renderWorkbook } from './src/adapters/report/xlsx/render-workbook.js';
import { sampleModel } from './test/fixtures/report/sample-model.js';
const [dir] = process.argv.slice(2);
await writeFile(`${dir}/sample-nl.xlsx`, await renderWorkbook(sampleModel));
await writeFile(`${dir}/sample-en.xlsx`, await renderWorkbook({ ...sampleModel, lang: 'en' }));
JS
  node "$build/render.mjs" "$out/in"
else
  cp "$@" "$out/in/"
fi

# what a reader relies on, as exceljs reads it back: sheets, tables, print titles, header/footer
cat > "$build/summary.mjs" <<'JS'
import ExcelJS from 'exceljs';
const [file] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const sheets = workbook.worksheets.map((s) => ({
  name: s.name,
  tables: Object.values(s.tables ?? {}).map((t) => t.table?.tableRef ?? t.ref ?? '?').sort(),
  printTitles: s.pageSetup.printTitlesRow ?? null,
  footer: Boolean(s.headerFooter?.oddFooter),
  numbers: (() => { let n = 0; s.eachRow((r) => r.eachCell((c) => { if (typeof c.value === 'number') n += 1; })); return n; })(),
}));
console.log(JSON.stringify(sheets));
JS

status=0
for file in "$out"/in/*.xlsx; do
  name="$(basename "$file" .xlsx)"
  # a private profile, so a running LibreOffice or a stale lock cannot interfere
  lo() { soffice -env:UserInstallation="file://$out/profile" --headless "$@" >/dev/null 2>&1; }
  lo --convert-to pdf --outdir "$out/pdf" "$file"
  # csv of every sheet (LibreOffice 7.2+): 44=',' 34='"' 76=UTF-8, -1 = all sheets
  lo --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' --outdir "$out/csv-$name" "$file"
  lo --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out/roundtrip" "$file"
  test -s "$out/pdf/$name.pdf" || { echo "FAIL $name: LibreOffice made no PDF" >&2; status=1; continue; }
  test -s "$out/roundtrip/$name.xlsx" || { echo "FAIL $name: LibreOffice could not save it as .xlsx" >&2; status=1; continue; }
  before="$(node "$build/summary.mjs" "$file")"
  after="$(node "$build/summary.mjs" "$out/roundtrip/$name.xlsx")"
  if [ "$before" = "$after" ]; then
    echo "OK   $name: opens, $(pdfinfo "$out/pdf/$name.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') PDF pages, $(ls "$out/csv-$name" | wc -l) sheets as CSV; sheets, tables, print titles, footers and numbers survive a round trip"
  else
    echo "FAIL $name: the round trip changed what exceljs reads" >&2
    diff <(echo "$before" | tr '{' '\n') <(echo "$after" | tr '{' '\n') >&2 || true
    status=1
  fi
done
exit $status
