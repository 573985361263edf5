import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as if started in `cwd`. */
export async function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { out: (t) => (stdout += t), err: (t) => (stderr += t), color: false, progress: false, cwd, env };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
