import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The package version, read once from package.json so the CLI, audit and injector agree. */
export const VERSION: string = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version;
