import { WorkbookError } from "../errors";

/**
 * Bytes of a JSON text on the wire (UTF-8), not its UTF-16 length: an en dash or curly quote,
 * common in council documents, is 3 bytes.
 */
export function utf8Bytes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) extra += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return text.length + extra;
}

const PAYLOAD = /PayloadTooLarge|PayloadSizeLimit|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/;

/** Excel's errors while reading, as a WorkbookError a person can act on. */
export function readError(e: unknown): unknown {
  const code = (e as { code?: string }).code ?? "";
  if (code === "InvalidOperationInCellEditMode") return new WorkbookError("unsupported", "Excel is waiting for you to finish editing a cell: press Enter (or Esc), then try again.", e);
  if (PAYLOAD.test(code))
    return new WorkbookError("too-large", "This sheet is too large for Excel to send to the add-in in one piece. Try again; if it keeps failing, split the plan across sheets.", e);
  return e;
}
