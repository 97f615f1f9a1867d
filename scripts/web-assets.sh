#!/usr/bin/env bash
# Install the front-end packages the web page serves from its own origin (YASGUI, cytoscape) into
# node_modules/, from package-lock.json, and check that the files server/pages.py serves are there.
# Run once at setup (CI: before the tests); nothing is fetched when the server runs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
else
  npm install --ignore-scripts --no-audit --no-fund
fi
for file in node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css \
            node_modules/cytoscape/dist/cytoscape.min.js; do
  [ -s "$file" ] || { echo "web-assets: missing $file" >&2; exit 1; }
done
echo "web-assets: YASGUI and cytoscape installed in node_modules/"
