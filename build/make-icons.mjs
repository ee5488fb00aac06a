#!/usr/bin/env node
// Draws the Sprintlab icon (three rising bars on an indigo-to-sky rounded square) as PNGs with
// no image library: 4x4 supersampled coverage, written with zlib. Run: node build/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1).
function inRoundRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}
const bars = [
  [0.24, 0.58, 0.36, 0.76],
  [0.44, 0.44, 0.56, 0.76],
  [0.64, 0.28, 0.76, 0.76],
];
const from = [79, 70, 229];
const to = [14, 165, 233];

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) continue;
          bg += 1;
          if (bars.some(([l, t, r, b]) => inRoundRect(x, y, l, t, r, b, 0.035))) fg += 1;
        }
      }
      const n = samples * samples;
      const t = (px + py) / (2 * size);
      const base = from.map((c, i) => c + (to[i] - c) * t);
      const mix = bg ? fg / bg : 0;
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i += 1) rgba[offset + i] = Math.round(base[i] * (1 - mix) + 255 * mix);
      rgba[offset + 3] = Math.round((255 * bg) / n);
    }
  }
  return encodePng(size, rgba);
}

// 1024 px is what macOS (Retina .icns) and the Microsoft Store ask for; electron-builder
// derives .icns and .ico from build/icon.png. Linux picks the size it needs from build/icons/.
fs.mkdirSync(path.join(here, 'icons'), { recursive: true });
const largest = draw(1024);
fs.writeFileSync(path.join(here, 'icon.png'), largest);
const written = ['build/icon.png'];
for (const size of [1024, 512, 256, 128, 64, 32, 16]) {
  fs.writeFileSync(path.join(here, 'icons', `${size}x${size}.png`), size === 1024 ? largest : draw(size));
  written.push(`build/icons/${size}x${size}.png`);
}
console.log(`wrote ${written.join(', ')}`);
