import { WorkbookError } from "../errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** UTF-16LE bytes of an OLE directory entry name. */
function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first!); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Refuse, with a sentence a programme manager can act on, any file that is not a zip: an empty
 * file, a text file renamed .xlsx, an old .xls, or an .xlsx saved with a password (Excel then
 * wraps it in an OLE compound file holding an `EncryptedPackage` stream).
 */
export function assertZip(bytes: Uint8Array, label: string): void {
  if (bytes.length === 0) throw new WorkbookError("not-xlsx", `${label} is an empty file, not a workbook.`);
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, utf16("EncryptedPackage")) || contains(bytes, utf16("EncryptionInfo")))
      throw new WorkbookError("encrypted", `${label} is protected with a password: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it, and try again.`);
    throw new WorkbookError("not-xlsx", `${label} is an old-style Excel 97–2003 workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`);
  }
  if (startsWith(bytes, EMPTY_ZIP)) throw new WorkbookError("not-xlsx", `${label} is an empty zip archive, not an .xlsx workbook.`);
  if (!startsWith(bytes, ZIP)) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
    const text = /^[\t\n\r\x20-\x7e\xa0-\xff]+$/.test(head.replace(/^\xef\xbb\xbf/, ""));
    const what = /^\s*<(?:!doctype\s+html|html)/i.test(head) ? "a web page" : /^%PDF/.test(head) ? "a PDF" : text ? "a text file" : "some other kind of file";
    throw new WorkbookError("not-xlsx", `${label} is not an .xlsx workbook (it looks like ${what}).`);
  }
}
