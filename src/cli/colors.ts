// Colour decision: --no-color, NO_COLOR and a file destination turn colour off; FORCE_COLOR and
// a terminal turn it on (chalk's own detection covers TTY, TERM and FORCE_COLOR).
import chalk, { Chalk, type ChalkInstance } from "chalk";

export function chooseColor(opts: { color?: boolean; toFile: boolean; env: NodeJS.ProcessEnv }): { color: ChalkInstance; plain: boolean } {
  const forced = opts.env.FORCE_COLOR !== undefined && opts.env.FORCE_COLOR !== "0" && opts.env.FORCE_COLOR !== "false";
  const off = opts.color === false || opts.toFile || (!!opts.env.NO_COLOR && !forced);
  const level = off ? 0 : chalk.level;
  return { color: new Chalk({ level }), plain: level === 0 };
}
