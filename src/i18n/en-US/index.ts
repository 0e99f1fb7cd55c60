import type { Messages } from "../zh-CN";
import { addin } from "./addin";
import { audit } from "./audit";
import { cli } from "./cli";
import { fileHost } from "./fileHost";
import { guard } from "./guard";
import { findings } from "./findings";
import { recognition } from "./recognition";
import { standard } from "./standard";
import { reportSheets } from "./reportSheets";
import { ui } from "./ui";

export const enUS: Messages = {
  addin,
  audit,
  cli,
  fileHost,
  findings,
  guard,
  recognition,
  reportSheets,
  standard,
  ui,
};
