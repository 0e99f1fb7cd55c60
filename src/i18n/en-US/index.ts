import type { Messages } from "..";
import { findings } from "./findings";
import { recognition } from "./recognition";

export const enUS: Messages = { findings, recognition };
