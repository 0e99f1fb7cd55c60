import { addin } from "./addin";
import { fileHost } from "./fileHost";
import { findings } from "./findings";
import { recognition } from "./recognition";
import { standard } from "./standard";
import { reportSheets } from "./reportSheets";
import { ui } from "./ui";

export const zhCN = { addin, fileHost, findings, recognition, reportSheets, standard, ui };
