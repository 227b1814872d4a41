/**
 * A sheet formatted down to row 1,048,576 is a million `<row>` elements holding no value
 * (review F10: 70 MB of XML for a 12-item plan). This filter drops, before the XML parser sees
 * them, rows that hold no value, formula or inline text and no cell with a fill: they add
 * nothing to the grid. Everything else passes through unchanged, so saxes still parses every
 * element that matters, and parses everything if the sheet holds CDATA (where `</row>` could
 * hide).
 */
export class EmptyRowFilter {
  private buf = "";
  private inSheetData = false;
  private off = false;
  private rowOpen = "<row";
  private rowClose = "</row>";
  private sheetDataClose = "</sheetData>";
  private hasContent = /<(?:v|f|is)[\s>/]/;
  private styled = /<c\b[^>]*\ss="(\d+)"/g;

  /** `filled`: the cell formats that have a fill (a row with such a cell is kept for Grid.fills). */
  constructor(private readonly filled: ReadonlySet<number>) {}

  /** Feed the next piece of text; returns the text to parse now. */
  push(chunk: string): string {
    if (this.off) return chunk;
    this.buf += chunk;
    let out = "";
    if (!this.inSheetData) {
      const m = /<(?:([\w.-]+):)?sheetData\b[^>]*>/.exec(this.buf);
      if (!m) {
        // Hold back only a possible partial tag at the end.
        const cut = Math.max(0, this.buf.lastIndexOf("<"));
        out = this.buf.slice(0, cut);
        this.buf = this.buf.slice(cut);
        return out;
      }
      this.setPrefix(m[1]);
      const end = m.index + m[0].length;
      out = this.buf.slice(0, end);
      this.buf = this.buf.slice(end);
      this.inSheetData = true;
      if (m[0].endsWith("/>")) return this.stop(out);
    }
    if (this.buf.includes("<![CDATA[")) return this.stop(out);
    let at = 0;
    // Found once per chunk: searching for it at every row would scan the chunk a million times.
    const sheetDataEnd = this.buf.indexOf(this.sheetDataClose);
    for (;;) {
      const start = this.buf.indexOf(this.rowOpen, at);
      // Past the rows: the rest of the sheet (merges, protection…) passes through.
      if (sheetDataEnd >= 0 && (start < 0 || sheetDataEnd < start)) return this.stop(out + this.buf.slice(at, sheetDataEnd), sheetDataEnd);
      const tagEnd = start < 0 ? -1 : this.buf.indexOf(">", start);
      if (tagEnd < 0) {
        // No complete row start yet: hold back from the last "<" (a tag cut in two).
        const hold = start >= 0 ? start : this.buf.lastIndexOf("<");
        const cut = hold >= at ? hold : this.buf.length;
        out += this.buf.slice(at, cut);
        this.buf = this.buf.slice(cut);
        return out;
      }
      out += this.buf.slice(at, start);
      if (this.buf[tagEnd - 1] === "/") {
        at = tagEnd + 1; // an empty <row .../>: nothing to keep
        continue;
      }
      const close = this.buf.indexOf(this.rowClose, tagEnd);
      if (close < 0) {
        this.buf = this.buf.slice(start);
        return out;
      }
      const end = close + this.rowClose.length;
      const row = this.buf.slice(start, end);
      if (this.keep(row)) out += row;
      at = end;
    }
  }

  /** Whatever is still held at the end of the part. */
  end(): string {
    const rest = this.buf;
    this.buf = "";
    return rest;
  }

  private keep(row: string): boolean {
    if (this.hasContent.test(row)) return true;
    if (this.filled.size === 0) return false;
    this.styled.lastIndex = 0;
    for (let m = this.styled.exec(row); m; m = this.styled.exec(row)) if (this.filled.has(Number(m[1]))) return true;
    return false;
  }

  private setPrefix(prefix: string | undefined): void {
    const p = prefix ? `${prefix}:` : "";
    const esc = p.replace(/[.]/g, "\\.");
    this.rowOpen = `<${p}row`;
    this.rowClose = `</${p}row>`;
    this.sheetDataClose = `</${p}sheetData>`;
    this.hasContent = new RegExp(`<${esc}(?:v|f|is)[\\s>/]`);
    this.styled = new RegExp(`<${esc}c\\b[^>]*\\ss="(\\d+)"`, "g");
  }

  /** Stop filtering: `out`, then everything held from `from` on. */
  private stop(out: string, from = 0): string {
    this.off = true;
    const rest = this.buf.slice(from);
    this.buf = "";
    return out + rest;
  }
}
