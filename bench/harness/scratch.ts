import { execFileSync } from 'child_process';
import * as fs from 'fs';

/** A fresh `cp -r` copy of the corpus for one writer (`<corpus>.scratch/<side>`); the copy is never timed. */
export function freshCopy(corpus: string, side: string): string {
  const dest = `${corpus}.scratch/${side}`;
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(`${corpus}.scratch`, { recursive: true });
  execFileSync('cp', ['-r', corpus, dest]);
  return dest;
}

/** Removes every writer copy of the corpus. */
export function dropCopies(corpus: string): void {
  fs.rmSync(`${corpus}.scratch`, { recursive: true, force: true });
}
