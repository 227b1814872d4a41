/**
 * XML parts as text, in the encoding each declares. Excel writes UTF-8, but XML allows any
 * encoding, and some generators write UTF-16 or ISO-8859-1 parts (review finding F12): reading
 * those as UTF-8 garbles every accented letter.
 */

/** The part's encoding, from its byte-order mark or its `<?xml … encoding="…"?>` declaration. */
export function xmlEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  // UTF-16 without a mark: "<?" as two-byte characters.
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return "utf-16be";
  const start = new TextDecoder("latin1").decode(head.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1]?.toLowerCase();
  // A part that says UTF-16 but has neither mark nor two-byte "<?" was converted after being declared.
  if (!declared || declared === "utf-16") return "utf-8";
  return declared;
}

/** A decoder for the encoding, or an explanation of why there is none. */
export function decoderFor(encoding: string): TextDecoder {
  try {
    // fatal: false, like Excel: an odd byte becomes U+FFFD rather than the whole part failing.
    return new TextDecoder(encoding, { ignoreBOM: false });
  } catch {
    throw new RangeError(`it declares a character encoding (${encoding}) this tool cannot read`);
  }
}

/** The whole part as text. */
export function decodeXml(bytes: Uint8Array): string {
  return decoderFor(xmlEncoding(bytes.subarray(0, 200))).decode(bytes);
}

/**
 * Drop the `encoding="…"` from the declaration once decoded, so an XML parser that re-checks it
 * against a JS string (already Unicode) does not object. Only the first 200 characters are touched.
 */
export function withoutDeclaredEncoding(text: string): string {
  if (!text.startsWith("<?xml") && !text.startsWith("\ufeff<?xml")) return text;
  const end = text.indexOf("?>");
  if (end < 0 || end > 400) return text;
  return text.slice(0, end).replace(/\s+encoding\s*=\s*["'][^"']*["']/, "") + text.slice(end);
}
