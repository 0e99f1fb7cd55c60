/** Where the CLI writes: standard output for results, standard error for the one-line refusals. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams, each line ended once. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};
