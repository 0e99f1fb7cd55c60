import type { Messages } from "..";
import { findings } from "./findings";
import { recognition } from "./recognition";
import { reportSheets } from "./reportSheets";
import { ui } from "./ui";

export const enUS: Messages = { findings, recognition, reportSheets, ui };
