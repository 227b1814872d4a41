import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { CENTRAL, EOCD, LOCAL, readZipRecords, ZipFormatError } from "./zip";

export { ZipFormatError } from "./zip";

let table: Uint32Array | undefined;
/** CRC-32 of a part, continued from `crc` over several pieces: Node's own from 20.15, else a table. */
function crc32(data: Uint8Array, crc = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(data, crc);
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The zip container of an .xlsx, read and written so that a part we do not change is copied as
 * it was stored: same compressed bytes, same local header, same directory record (only its
 * offset moves). Only the parts we change are inflated and deflated again.

 */
export interface ZipPart {
  /** Path inside the zip (`xl/workbook.xml`, no leading slash). */
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  size: number;
  /** The whole local record as stored: header, name, extra, data, data descriptor. */
  record: Uint8Array;
  /** The compressed data (a view inside `record`). */
  data: Uint8Array;
  /** The central directory record as stored (its offset field is rewritten on output). */
  central: Uint8Array;
}

/** Every part of the zip, in the order its directory lists them (the walk is zip.ts's, shared with the reader). */
export function readZipParts(bytes: Uint8Array): ZipPart[] {
  return readZipRecords(bytes).map((e) => {
    if (e.method !== 0 && e.method !== 8) throw new ZipFormatError(`its part ${e.name} uses a compression method (${e.method}) that workbooks do not use`);
    return { name: e.name, method: e.method, size: e.size, record: e.record, data: e.raw, central: e.central };
  });
}

/** A part's bytes, inflated. */
export function partBytes(part: ZipPart): Buffer {
  const out = part.method === 0 ? Buffer.from(part.data) : inflateRawSync(part.data);
  if (out.length !== part.size) throw new ZipFormatError(`its part ${part.name} is damaged (wrong size)`);
  return out;
}

/** DOS date and time fields for a Date (local time, as zip tools write them). */
function dosDateTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}

/** A part's new content: one buffer, or pieces (a big sheet's unchanged cells between our edits, never copied into one). */
export type PartContent = Uint8Array | Uint8Array[];

/**
 * Deflate pieces as one stream without joining them: each piece but the last ends on a sync
 * flush (a byte-aligned, non-final block), so their outputs concatenate into valid DEFLATE.
 */
function deflatePieces(pieces: Uint8Array[], size: number): Buffer {
  // A big part (a sheet formatted to the last row) is deflated fast; the rest as zip tools do by default.
  const level = size > 4_000_000 ? 1 : 6;
  return Buffer.concat(pieces.map((p, i) => deflateRawSync(p, { level, ...(i < pieces.length - 1 ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}) })));
}

/** A new part: its local record and directory record (offset filled in on output). */
function newPart(name: string, content: PartContent, when: Date): { record: Uint8Array; central: Uint8Array } {
  const nameBytes = Buffer.from(name, "utf8");
  const pieces = Array.isArray(content) ? content : [content];
  const size = pieces.reduce((n, p) => n + p.length, 0);
  const data = deflatePieces(pieces, size);
  const crc = pieces.reduce((c, p) => crc32(p, c), 0);
  const [time, date] = dosDateTime(when);
  const head = Buffer.alloc(30);
  head.writeUInt32LE(LOCAL, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(0x800, 6); // names in UTF-8
  head.writeUInt16LE(8, 8);
  head.writeUInt16LE(time, 10);
  head.writeUInt16LE(date, 12);
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(data.length, 18);
  head.writeUInt32LE(size, 22);
  head.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46 + nameBytes.length);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  head.copy(central, 8, 6, 30); // flags … name length are laid out alike
  nameBytes.copy(central, 46);
  return { record: Buffer.concat([head, nameBytes, data]), central };
}

/**
 * Write the zip: `parts` in their order, each either copied as stored or, when `changed` holds
 * new content for it, written anew; `added` parts follow. Parts named in `removed` are left out.
 */
export function writeZipParts(parts: ZipPart[], changed: Map<string, PartContent>, added: Map<string, PartContent>, removed: Set<string> = new Set(), when = new Date()): Buffer {
  const records: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const push = (record: Uint8Array, central: Uint8Array) => {
    const c = Buffer.from(central);
    c.writeUInt32LE(offset, 42);
    records.push(record);
    centrals.push(c);
    offset += record.length;
  };
  for (const p of parts) {
    if (removed.has(p.name)) continue;
    const content = changed.get(p.name);
    if (content === undefined) push(p.record, p.central);
    else {
      const fresh = newPart(p.name, content, when);
      push(fresh.record, fresh.central);
    }
  }
  for (const [name, content] of added) {
    const fresh = newPart(name, content, when);
    push(fresh.record, fresh.central);
  }
  if (records.length > 0xfffe || offset > 0xfffffff0) throw new ZipFormatError("the workbook would be too large for a zip without ZIP64");
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, directory, end]);
}
