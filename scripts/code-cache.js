#!/usr/bin/env node
// Writes V8's code cache of the bundle (dist/bundle/isa-sidecar.js.cache, see bin/bundle-loader.js).
// Run by scripts/bundle.js in a process of its own, so nothing of the build is in the cache.
"use strict";
const { join } = require("node:path");
const { writeCodeCache } = require("../bin/bundle-loader");

const bundle = join(__dirname, "..", "dist", "bundle", "isa-sidecar.js");
writeCodeCache(bundle, `${bundle}.cache`);
