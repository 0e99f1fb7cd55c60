/** Command-line arguments → a typed request. Errors are reported, not thrown. */
export type Command = "check" | "changes" | "report" | "template" | "audit" | "help";

export interface CliArgs {
  command: Command;
  files: string[];
  prior?: string;
  /** audit: the workbook the report's figures are compared with. */
  workbook?: string;
  out?: string;
  json: boolean;
  force: boolean;
  lang?: string;
}

export type ParseResult =
  | { ok: true; args: CliArgs }
  | {
      ok: false;
      problem: "no-command" | "unknown-command" | "unknown-option" | "needs-value";
      detail: string;
    };

const COMMANDS: readonly Command[] = ["check", "changes", "report", "template", "audit", "help"];
const VALUE_OPTIONS = new Set(["--prior", "--out", "--lang", "--workbook"]);
const FLAG_OPTIONS = new Set(["--json", "--force"]);

export function parseArgs(argv: readonly string[]): ParseResult {
  const [first, ...rest] = argv;
  // No arguments at all is a mistake (usage on stderr, exit 2); asking for help is not.
  if (first === undefined) return { ok: false, problem: "no-command", detail: "" };
  if (first === "--help" || first === "-h") {
    return { ok: true, args: { command: "help", files: [], json: false, force: false } };
  }
  if (!COMMANDS.includes(first as Command))
    return { ok: false, problem: "unknown-command", detail: first };
  const args: CliArgs = { command: first as Command, files: [], json: false, force: false };
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    const [name, inline] =
      token.startsWith("--") && token.includes("=")
        ? [token.slice(0, token.indexOf("=")), token.slice(token.indexOf("=") + 1)]
        : [token, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "")
        return { ok: false, problem: "needs-value", detail: name };
      if (name === "--prior") args.prior = value;
      else if (name === "--out") args.out = value;
      else if (name === "--workbook") args.workbook = value;
      else args.lang = value;
    } else if (FLAG_OPTIONS.has(name)) {
      if (name === "--json") args.json = true;
      else args.force = true;
    } else if (name === "--help" || name === "-h") {
      args.command = "help";
    } else if (token.startsWith("-") && token !== "-") {
      return { ok: false, problem: "unknown-option", detail: token };
    } else {
      args.files.push(token);
    }
  }
  return { ok: true, args };
}
