#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/); production never uses a TypeScript loader.
require("../dist/sidecar/cli.js").main(process.argv);
