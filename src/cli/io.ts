/** Where a command prints; injected so commands run in-process in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Colour and progress lines only on a terminal. */
  color: boolean;
  progress: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The process's own terminal. */
export function processIO(): CliIO {
  const tty = !!process.stdout.isTTY && !process.env.NO_COLOR;
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: tty,
    progress: !!process.stderr.isTTY,
    cwd: process.cwd(),
    env: process.env,
  };
}
