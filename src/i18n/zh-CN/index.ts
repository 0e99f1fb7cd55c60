import { findings } from "./findings";
import { recognition } from "./recognition";

export const zhCN = { findings, recognition };
