import { WorkbookError } from "../workbook/errors";
import type { CliArgs } from "./args";
import type { Io } from "./main";

/** `apply` and `fix` arrive with the write-back work (issue 3). */
export async function runApply(_args: CliArgs, _io: Io): Promise<number> {
  throw new WorkbookError("unsupported", "apply is not available in this version yet.");
}

export async function runFix(_args: CliArgs, _io: Io): Promise<number> {
  throw new WorkbookError("unsupported", "fix is not available in this version yet.");
}
