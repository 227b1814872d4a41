/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a blue tile with a white sheet
 * holding three rating bars (red, amber, green). Plain node + zlib, no image library.
 * Run: node scripts/make-icons.mjs
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189], WHITE = [255, 255, 255];
const BARS = [[192, 0, 0], [255, 192, 0], [0, 176, 80]];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of pixel (x, y) in an icon of `size` pixels: shapes in unit coordinates. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size, v = (y + 0.5) / size;
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const inSheet = u > 0.16 && u < 0.84 && v > 0.16 && v < 0.84;
  if (!inSheet) return [...BLUE, 255];
  for (let i = 0; i < 3; i++) {
    const top = 0.24 + i * 0.2, widths = [0.6, 0.44, 0.52];
    if (v >= top && v < top + 0.12 && u > 0.22 && u < 0.22 + widths[i]) return [...BARS[i], 255];
  }
  return [...WHITE, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync(new URL("../assets/", import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
console.log(`Wrote assets/icon-{${SIZES.join(",")}}.png`);
