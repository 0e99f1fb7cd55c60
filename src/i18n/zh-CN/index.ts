import { findings } from "./findings";
import { recognition } from "./recognition";
import { ui } from "./ui";

export const zhCN = { findings, recognition, ui };
