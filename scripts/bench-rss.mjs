// Runs the CLI in this process and reports its peak memory on stderr (for scripts/bench.mjs).
import { pathToFileURL } from "node:url";

const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on("exit", () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(bin).href);
