import { execFileSync } from "node:child_process";
import { inflateRawSync } from "node:zlib";
import { partBytes, readZipParts, writeZipParts } from "../../../src/workbook/xlsx/zip-parts";
import { PYTHON } from "./corpus/independent-readers";

/**
 * A zip as other tools write them: python's zipfile writing to a pipe (no seeking) puts sizes in
 * data descriptors after each part (bit 3), and one part is stored, not deflated.
 */
function pythonZip(): Buffer {
  const script = [
    "import sys, zipfile",
    "class Pipe:",
    "    def __init__(s): s.b = bytearray()",
    "    def write(s, d): s.b += d; return len(d)",
    "    def flush(s): pass",
    "p = Pipe()",
    "with zipfile.ZipFile(p, 'w') as z:",
    "    z.writestr(zipfile.ZipInfo('a.xml'), '<a>' + 'x' * 5000 + '</a>', compress_type=zipfile.ZIP_DEFLATED)",
    "    z.writestr(zipfile.ZipInfo('media/b.bin'), bytes(range(256)) * 4, compress_type=zipfile.ZIP_STORED)",
    "    z.writestr(zipfile.ZipInfo('c.xml'), '<c/>', compress_type=zipfile.ZIP_DEFLATED)",
    "sys.stdout.buffer.write(bytes(p.b))",
  ].join("\n");
  return execFileSync(PYTHON, ["-c", script]);
}

const check = (zip: Buffer) => execFileSync(PYTHON, ["-c", "import sys, zipfile, io; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip() or 'ok', *z.namelist())"], { input: zip }).toString().trim();

describe("zip parts", () => {
  it("copies unchanged parts record for record (data descriptors and stored parts too), and python reads the result", () => {
    const input = pythonZip();
    const parts = readZipParts(input);
    expect(parts.map((p) => [p.name, p.method])).toEqual([["a.xml", 8], ["media/b.bin", 0], ["c.xml", 8]]);
    expect(parts.every((p) => (p.central[8]! & 0x8) !== 0)).toBe(true); // sizes in data descriptors
    const out = writeZipParts(parts, new Map([["c.xml", Buffer.from("<c>changed</c>")]]), new Map([["d.xml", Buffer.from("<d/>")]]));
    expect(check(out)).toBe("ok a.xml media/b.bin c.xml d.xml");
    const again = readZipParts(out);
    for (const name of ["a.xml", "media/b.bin"]) expect(Buffer.from(again.find((p) => p.name === name)!.record).equals(Buffer.from(parts.find((p) => p.name === name)!.record))).toBe(true);
    expect(again.find((p) => p.name === "media/b.bin")!.method).toBe(0);
    expect(partBytes(again.find((p) => p.name === "c.xml")!).toString()).toBe("<c>changed</c>");
  });

  it("deflates a part given in pieces as one stream whose content is the pieces joined", () => {
    const pieces = [Buffer.from("<worksheet><sheetData>"), Buffer.alloc(300_000, "<row/>"), Buffer.from("</sheetData></worksheet>")];
    const out = writeZipParts([], new Map(), new Map([["s.xml", pieces]]));
    const [part] = readZipParts(out);
    expect(inflateRawSync(part!.data).equals(Buffer.concat(pieces))).toBe(true);
    expect(partBytes(part!).length).toBe(part!.size);
    expect(check(out)).toBe("ok s.xml");
  });
});
