import { addin } from "./addin";
import { fileHost } from "./fileHost";
import { findings } from "./findings";
import { recognition } from "./recognition";
import { reportSheets } from "./reportSheets";
import { ui } from "./ui";

export const zhCN = { addin, fileHost, findings, recognition, reportSheets, ui };
