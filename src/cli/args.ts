import { parseArgs } from "node:util";
import type { BuiltInSchemeId } from "../core/ratings/scheme";

export interface CliArgs {
  command: "check" | "apply" | "fix" | "compare" | "record" | "help";
  file?: string;
  /** `compare`: the later version (FILE is the earlier). */
  file2?: string;
  /** `record`: the date the round is recorded as at, YYYY-MM-DD. */
  asAt?: string;
  out?: string;
  sheet?: string;
  scheme?: BuiltInSchemeId;
  today?: string;
  json: boolean;
  all: boolean;
  force: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  wsoa check FILE [--sheet NAME] [--scheme rag|brag|rag5] [--today YYYY-MM-DD] [--json] [--all]
  wsoa apply FILE -o OUT [--sheet NAME] [--scheme …] [--today …] [--json] [--force]
  wsoa fix   FILE -o OUT [--sheet NAME] [--scheme …] [--json]
  wsoa compare BEFORE.xlsx AFTER.xlsx [--sheet NAME] [--scheme …] [--today …] [--json]
  wsoa record FILE -o OUT [--as-at YYYY-MM-DD] [--sheet NAME] [--scheme …] [--json] [--force]

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
        "as-at": { type: "string" },
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
  const [command, file, ...rest] = positionals;
  if (values.help || !command || command === "help") return { command: "help", json: false, all: false, force: false };
  if (!["check", "apply", "fix", "compare", "record"].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!file) throw new UsageError(command === "compare" ? "compare needs two files: BEFORE.xlsx AFTER.xlsx." : `${command} needs a FILE.`);
  const file2 = command === "compare" ? rest.shift() : undefined;
  if (command === "compare" && !file2) throw new UsageError("compare needs two files: BEFORE.xlsx AFTER.xlsx.");
  if (rest.length) throw new UsageError(`Unexpected argument "${rest[0]}".`);
  const asAt = values["as-at"];
  if (asAt !== undefined && command !== "record") throw new UsageError("--as-at is for record (compare and check take --today).");
  if (asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asAt)) throw new UsageError(`--as-at must be a date like 2024-12-31 (got "${asAt}").`);
  if (values.scheme !== undefined && !["rag", "brag", "rag5"].includes(values.scheme)) throw new UsageError(`--scheme must be rag, brag or rag5 (got "${values.scheme}").`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today must be a date like 2023-03-31 (got "${values.today}").`);
  if (command === "compare" && values.out) throw new UsageError("compare writes nothing: it takes no -o.");
  if (command !== "check" && command !== "compare" && !values.out) throw new UsageError(`${command} needs -o OUT: it never writes over ${file}.`);
  return {
    command: command as CliArgs["command"],
    file,
    ...(file2 ? { file2 } : {}),
    ...(asAt ? { asAt } : {}),
    out: values.out,
    sheet: values.sheet,
    scheme: values.scheme as BuiltInSchemeId | undefined,
    today: values.today,
    json: values.json ?? false,
    all: values.all ?? false,
    force: values.force ?? false,
  };
}
