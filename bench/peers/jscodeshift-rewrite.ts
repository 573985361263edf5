import * as path from 'path';
import { runPeer } from './protocol';

interface RunnerStats { ok: number; nochange: number; skip: number; error: number }
type RunFn = (transform: string, paths: string[], options: object) => Promise<RunnerStats>;

/** Runs the legacy-rewrite transform over every .ts file, as `npx jscodeshift -t t.js --parser ts --extensions ts src/` would. */
async function rewriteLegacy(args: { copy: string }): Promise<object> {
  const { run } = require('jscodeshift/src/Runner') as { run: RunFn };
  const transform = path.join(__dirname, 'rewrite-legacy.transform.js');
  const firstError = captureFirstError();
  const stats = await run(transform, [path.join(args.copy, 'src')], {
    parser: 'ts', extensions: 'ts', babel: false, silent: true, verbose: 0,
  });
  if (stats.error > 0) throw new Error(`jscodeshift reported ${stats.error} file errors, first: ${firstError()}`);
  return { filesChanged: stats.ok, filesUnchanged: stats.nochange + stats.skip };
}

/** The Runner prints per-file errors on stdout even when silent; keep the first one for the report. */
function captureFirstError(): () => string {
  let first = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const text = String(chunk);
    if (!first && text.includes('ERR')) first = text.replace(/\u001b\[[0-9;]*m/g, '').trim().slice(0, 200);
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  return () => first || '(no message)';
}

runPeer(rewriteLegacy);
