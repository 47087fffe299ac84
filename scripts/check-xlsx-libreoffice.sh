#!/usr/bin/env bash
# Manual check, not part of `npm test`: renders the sample report workbook (nl and en) and lets
# LibreOffice open and convert it, to confirm the file opens without errors.
# Needs LibreOffice:  apt-get update && apt-get install -y libreoffice-calc-nogui
# Usage: scripts/check-xlsx-libreoffice.sh [output dir, default /tmp/mobiscan-xlsx-check]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/mobiscan-xlsx-check}"
build="$out/build"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-calc-nogui" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$build"
# compile only the writer and the sample model; node resolves exceljs through the symlink
(cd "$root" && npx tsc --outDir "$build" --rootDir . --module NodeNext --moduleResolution NodeNext \
  --target ES2022 --strict --skipLibCheck --types node \
  src/adapters/report/xlsx/render-workbook.ts test/fixtures/report/sample-model.ts)
echo '{ "type": "module" }' > "$build/package.json"
ln -s "$root/node_modules" "$build/node_modules"

cat > "$build/render.mjs" <<'JS'
import { writeFile } from 'node:fs/promises';
import { renderWorkbook } from './src/adapters/report/xlsx/render-workbook.js';
import { sampleModel } from './test/fixtures/report/sample-model.js';
const [dir] = process.argv.slice(2);
await writeFile(`${dir}/sample-nl.xlsx`, await renderWorkbook(sampleModel));
await writeFile(`${dir}/sample-en.xlsx`, await renderWorkbook({ ...sampleModel, lang: 'en' }));
JS
node "$build/render.mjs" "$out"

for lang in nl en; do
  file="$out/sample-$lang.xlsx"
  # a private profile, so a running LibreOffice or a stale lock cannot interfere
  soffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir "$out/pdf" "$file"
  # csv of the first sheet; the filter options ask for every sheet (LibreOffice 7.2+): 44=',' 34='"' 76=UTF-8
  soffice -env:UserInstallation="file://$out/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir "$out/csv-$lang" "$file"
  test -s "$out/pdf/sample-$lang.pdf" || { echo "no PDF for $file" >&2; exit 1; }
done
ls -l "$out/pdf" "$out"/csv-*
echo "OK: LibreOffice opened and converted both workbooks; look at $out/pdf for the layout."
