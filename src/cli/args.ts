import { parseArgs } from "node:util";
import type { SchemeChoice } from "../review/check";
import { readSchemeOption } from "./scheme-file";

export interface CliArgs {
  command: "check" | "apply" | "fix" | "help";
  file?: string;
  out?: string;
  sheet?: string;
  scheme?: SchemeChoice;
  today?: string;
  json: boolean;
  all: boolean;
  force: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  wsoa check FILE [--sheet NAME] [--scheme rag|brag|rag5|status|dca|FILE.json] [--today YYYY-MM-DD] [--json] [--all]
  wsoa apply FILE -o OUT [--sheet NAME] [--scheme …] [--today …] [--json] [--force]
  wsoa fix   FILE -o OUT [--sheet NAME] [--scheme …] [--json]

Exit codes: 0 no errors in the plan, 1 the plan has errors, 2 the file cannot be used.`;

/** Parse the command line; throws UsageError with a sentence for the user. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        sheet: { type: "string" },
        scheme: { type: "string" },
        today: { type: "string" },
        json: { type: "boolean", default: false },
        all: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || !command || command === "help") return { command: "help", json: false, all: false, force: false };
  if (command !== "check" && command !== "apply" && command !== "fix") throw new UsageError(`Unknown command "${command}".`);
  if (!file) throw new UsageError(`${command} needs a FILE.`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  let scheme: SchemeChoice | undefined;
  try {
    scheme = values.scheme === undefined ? undefined : readSchemeOption(values.scheme);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today must be a date like 2023-03-31 (got "${values.today}").`);
  if (command !== "check" && !values.out) throw new UsageError(`${command} needs -o OUT: it never writes over ${file}.`);
  return {
    command,
    file,
    out: values.out,
    sheet: values.sheet,
    scheme,
    today: values.today,
    json: values.json ?? false,
    all: values.all ?? false,
    force: values.force ?? false,
  };
}
