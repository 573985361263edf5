import fg from 'fast-glob';
import * as fs from 'fs';
import { runPeer } from './protocol';

/** An import statement's line: `from X import …` or `import X`, indented or not (TYPE_CHECKING blocks, functions). */
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\S+)[ \t]+import\b|import[ \t]+([\w.]+))/gm;

/** The least any Python import checker must do: list every .py file, read it, and match its import lines. */
async function readAndMatch(args: { corpus: string }): Promise<object> {
  const files = await fg('**/*.py', { cwd: args.corpus, absolute: true });
  let imports = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (IMPORT_LINE.lastIndex = 0; IMPORT_LINE.exec(text) !== null;) imports++;
  }
  return { files: files.length, imports };
}

runPeer(readAndMatch);
