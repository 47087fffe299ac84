#!/usr/bin/env bash
# Manual check of the PDF writer (not part of npm test): renders the test models to PDF, then
# to PNG pages at 50 dpi, and prints the fonts and a bit of the text layer.
# Needs poppler-utils (pdftoppm, pdftotext, pdffonts): apt-get install -y poppler-utils
# Usage: scripts/render-pdf-pages.sh [out-dir]   (default /tmp/mobiscan-pdf)
set -euo pipefail
out="${1:-/tmp/mobiscan-pdf}"
cd "$(dirname "$0")/.."
rm -rf "$out" && mkdir -p "$out"
MOBISCAN_PDF_OUT="$out" npx vitest run test/adapters/report/pdf/render-pdf.test.ts >/dev/null
for pdf in "$out"/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r 50 -png "$pdf" "$out/$name"
  echo "== $name: $(pdfinfo "$pdf" | grep -E '^Pages' | tr -s ' ')"
done
sample="$(ls "$out"/nl-asz-*.pdf | sort | tail -1)"
pdffonts "$sample"
pdftotext -layout "$sample" - | grep -E 'één|€|ë|é' | head -5
echo "PNG pages in $out"
