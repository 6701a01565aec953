// Draws the toolbar and store icons (public/icon/<size>.png): a white magnifying lens over a
// teal rounded square. Run once after changing the design: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const TEAL = [15, 118, 110];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** Coverage (0..1) of the shape at a point, in a unit square. */
function shape(x, y) {
  const r = 0.16; // corner radius of the background
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null; // outside the rounded square
  const cx = 0.42, cy = 0.42, outer = 0.27, inner = 0.18;
  const d = Math.hypot(x - cx, y - cy);
  const ring = d <= outer && d >= inner;
  // The handle: a thick segment from the ring towards the lower right.
  const t = Math.max(0, Math.min(1, ((x - 0.6) * 0.7 + (y - 0.6) * 0.7) / (0.26 * 0.99)));
  const px = 0.6 + t * 0.18, py = 0.6 + t * 0.18;
  const handle = Math.hypot(x - px, y - py) <= 0.07;
  return ring || handle ? 'white' : 'teal';
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = shape((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (!s) continue;
          const c = s === 'white' ? [255, 255, 255] : TEAL;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      const n = ss * ss;
      const cover = a / 255;
      row.set(cover ? [r / cover, g / cover, b / cover, a / n].map(Math.round) : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`icons: ${SIZES.join(', ')} px in public/icon/`);
