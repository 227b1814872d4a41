import { pathToFileURL } from "node:url";
import { countBySeverity } from "../core/issue";
import { checkSnapshot } from "../review/check";
import { isWorkbookError } from "../workbook/errors";
import { ExcelJsWorkbook } from "../workbook/exceljs";
import { parseCliArgs, USAGE, UsageError, type CliArgs } from "./args";
import { formatCheckReport } from "./report-text";
import { localToday } from "./today";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function check(args: CliArgs, io: Io): Promise<number> {
  const workbook = await ExcelJsWorkbook.open(args.file!);
  const { report } = checkSnapshot(await workbook.read(), { today: args.today ?? localToday(), sheet: args.sheet, scheme: args.scheme });
  if (args.json) io.out(JSON.stringify({ file: args.file, ...report }, null, 2));
  else io.out(formatCheckReport(args.file!, report, args.all));
  return countBySeverity(report.issues).error > 0 ? 1 : 0;
}

/** Run the CLI; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`wsoa: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === "help") {
    io.out(USAGE);
    return 0;
  }
  try {
    if (args.command === "check") return await check(args, io);
    if (args.command === "compare") return await (await import("./compare-command")).runCompare(args, io);
    if (args.command === "record") return await (await import("./record-command")).runRecord(args, io);
    const { runApply, runFix } = await import("./write-commands");
    return args.command === "apply" ? await runApply(args, io) : await runFix(args, io);
  } catch (e) {
    if (isWorkbookError(e)) {
      io.err(`wsoa: ${e.message}`);
      return 2;
    }
    io.err(`wsoa: unexpected failure: ${(e as Error)?.message ?? String(e)}${process.env.WSOA_DEBUG ? `\n${(e as Error)?.stack}` : " (set WSOA_DEBUG=1 for details)"}`);
    return 2;
  }
}

/** The process's own streams; a reader that stops early (`| head`) ends output quietly. */
export function processIo(): Io {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return { out: (t) => process.stdout.write(t + "\n"), err: (t) => process.stderr.write(t + "\n") };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
