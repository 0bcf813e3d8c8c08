#!/bin/sh
# Install the pinned front-end libraries from npm and copy their browser builds next to our
# static files, so the UI works with no network at run time.
set -eu
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund --silent
out=src/storyline/present/static/vendor
mkdir -p "$out"
cp node_modules/cytoscape/dist/cytoscape.min.js "$out/"
cp node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js "$out/"
cp node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css "$out/"
