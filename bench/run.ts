/**
 * Runs every bench/*.bench.ts in name order (`npm run bench`). A bench module exports a function as
 * `default` (or `run`) that measures and prints its own table. Benchmarks are measurements, not tests:
 * nothing here fails on a slow machine.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.ts")).sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    default?: unknown;
    run?: unknown;
  };
  const fn =
    typeof mod.default === "function" ? mod.default : typeof mod.run === "function" ? mod.run : undefined;
  console.log(`\n# ${file}\n`);
  if (fn) await (fn as () => unknown)();
}
