#!/usr/bin/env node
/**
 * Draws the add-in icons (a document with a check mark) as PNGs in assets/: icon-16/32/64/80/128.png.
 * No dependencies: shapes are rasterised with 4×4 supersampling and written with node's zlib.
 * Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the drawing)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, "..", "assets");

// Colours [r, g, b].
const PAGE = [255, 255, 255];
const PAGE_EDGE = [72, 84, 96];
const FOLD = [214, 220, 226];
const TEXT_LINE = [150, 160, 170];
const BADGE = [16, 124, 65]; // Excel green
const CHECK = [255, 255, 255];

// Geometry in unit coordinates (0..1, y down).
const page = { left: 0.14, top: 0.05, right: 0.74, bottom: 0.93, fold: 0.17 };
const badge = { cx: 0.7, cy: 0.71, r: 0.27 };
const check = [
  [0.575, 0.715],
  [0.67, 0.805],
  [0.835, 0.625],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Inside the page outline (a rectangle with its top-right corner cut off by the fold). */
function insidePage(x, y, inset) {
  const { left, top, right, bottom, fold } = page;
  if (x < left + inset || x > right - inset || y < top + inset || y > bottom - inset) return false;
  // The cut corner: the line from (right - fold, top) to (right, top + fold).
  return x - (right - fold) - (y - top) <= -inset * Math.SQRT2 + 1e-9 || y - top >= fold;
}

/** Colour of one sample point, or null for transparent. */
function sample(x, y, size) {
  const stroke = size <= 16 ? 0.07 : size <= 32 ? 0.05 : 0.035;
  // The badge sits on top of everything, with a thin white ring to separate it from the page.
  const d = Math.hypot(x - badge.cx, y - badge.cy);
  if (d <= badge.r) {
    const checkWidth = size <= 16 ? 0.085 : 0.065;
    const onCheck =
      distanceToSegment(x, y, check[0], check[1]) <= checkWidth ||
      distanceToSegment(x, y, check[1], check[2]) <= checkWidth;
    return onCheck ? CHECK : BADGE;
  }
  if (d <= badge.r + stroke * 0.9) return PAGE;
  if (insidePage(x, y, 0)) {
    if (!insidePage(x, y, stroke)) return PAGE_EDGE;
    const { right, top, fold } = page;
    // The folded-over triangle under the cut corner.
    if (x >= right - fold && y <= top + fold && x - (right - fold) <= y - top) {
      const onFoldEdge = x >= right - fold - stroke / 2 && x <= right - fold + stroke / 2;
      const onFoldBottom = y >= top + fold - stroke / 2 && y <= top + fold + stroke / 2;
      return onFoldEdge || onFoldBottom ? PAGE_EDGE : FOLD;
    }
    // Text lines (left of the badge).
    if (size >= 32) {
      const lineHeight = 0.045;
      for (const [ly, lr] of [
        [0.3, 0.58],
        [0.42, 0.62],
        [0.54, 0.46],
      ]) {
        if (y >= ly && y <= ly + lineHeight && x >= 0.25 && x <= lr) return TEXT_LINE;
      }
    } else if (size > 16) {
      if (y >= 0.3 && y <= 0.37 && x >= 0.27 && x <= 0.56) return TEXT_LINE;
    }
    return PAGE;
  }
  return null;
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const colour = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels → PNG bytes (8-bit RGBA, filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { encodePng, render, SIZES };
