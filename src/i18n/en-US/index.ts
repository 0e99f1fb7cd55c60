import type { Messages } from "..";
import { findings } from "./findings";
import { recognition } from "./recognition";
import { ui } from "./ui";

export const enUS: Messages = { findings, recognition, ui };
