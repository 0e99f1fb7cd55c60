#!/usr/bin/env node
/**
 * Look at a .docx page the way Word would lay it out: LibreOffice headless → PDF → one PNG per page.
 *
 *   npm run render:docx -- out/report.docx [--out dir] [--dpi 80]
 *
 * Needs (Debian): libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-ukai
 * fonts-arphic-uming poppler-utils. The GB/T 9704 fonts (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312) are not
 * free, so a fontconfig alias maps each to a free font of the same style: the render proves the layout
 * (margins, 22 lines × 28 characters, headings, page numbers), not the typeface. Not part of `npm test`.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** GB font → free substitute of the same style (serif title, 仿宋/楷体 brush, sans 黑体). */
const FONT_ALIASES = {
  方正小标宋简体: "Noto Serif CJK SC",
  仿宋_GB2312: "AR PL UKai CN",
  仿宋: "AR PL UKai CN",
  楷体_GB2312: "AR PL UKai CN",
  楷体: "AR PL UKai CN",
  黑体: "Noto Sans CJK SC",
  宋体: "Noto Serif CJK SC",
  "Times New Roman": "Liberation Serif",
};

function usage(message) {
  if (message) console.error(message);
  console.error("usage: npm run render:docx -- <file.docx> [--out <dir>] [--dpi <n>]");
  process.exit(2);
}

function parseArgs(argv) {
  const args = { dpi: 80 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--out") args.out = argv[++i];
    else if (arg === "--dpi") args.dpi = Number(argv[++i]);
    else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
    else args.file = arg;
  }
  if (!args.file) usage("no .docx given");
  if (!Number.isFinite(args.dpi) || args.dpi < 20 || args.dpi > 600) usage("--dpi must be 20–600");
  return args;
}

function which(command) {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

function fontconfigFile(dir) {
  const aliases = Object.entries(FONT_ALIASES)
    .map(
      ([from, to]) =>
        `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`
    )
    .join("\n");
  const file = path.join(dir, "fonts.conf");
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases}\n</fontconfig>\n`
  );
  return file;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const input = path.resolve(args.file);
  if (!fs.existsSync(input)) usage(`no such file: ${input}`);
  for (const tool of ["soffice", "pdftoppm"]) {
    if (!which(tool)) {
      usage(
        `${tool} not found. Install: apt-get install --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming poppler-utils`
      );
    }
  }
  const outDir = path.resolve(args.out ?? path.dirname(input));
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "render-docx-"));
  try {
    const env = { ...process.env, FONTCONFIG_FILE: fontconfigFile(work), HOME: work };
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        input,
      ],
      { env, stdio: "pipe", timeout: 120000 }
    );
    const pdf = path.join(outDir, `${path.basename(input, path.extname(input))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
    const prefix = pdf.slice(0, -".pdf".length);
    execFileSync("pdftoppm", ["-png", "-r", String(args.dpi), pdf, prefix], { stdio: "pipe" });
    const pages = fs
      .readdirSync(outDir)
      .filter((f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png"))
      .sort()
      .map((f) => path.join(outDir, f));
    console.log(pdf);
    for (const page of pages) console.log(page);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
