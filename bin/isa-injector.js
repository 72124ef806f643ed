#!/usr/bin/env node
// Runs the compiled injector CLI (npm run build writes dist/).
require("../dist/injector/cli.js").main(process.argv);
