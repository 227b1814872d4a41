/**
 * The one error a workbook adapter throws: a code for programs, a sentence for people,
 * and the underlying cause for whoever debugs it.
 */
export type WorkbookErrorCode =
  | "not-found"        // no such file
  | "not-xlsx"         // not a workbook we can read (a text file, an old .xls, a damaged zip)
  | "encrypted"        // password-protected
  | "empty"            // no sheets with anything in them
  | "no-plan-sheet"    // no sheet has a recognisable header row
  | "no-sheet"         // the sheet the user named does not exist
  | "protected"        // a sheet we must write to is protected
  | "too-large"        // beyond what we will read
  | "same-file"        // output would overwrite the input
  | "unsupported"      // the host cannot do this (old Excel)
  | "bad-config"       // the stored config is damaged
  | "write-failed";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  override readonly cause?: unknown;

  constructor(code: WorkbookErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.cause = cause;
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}
