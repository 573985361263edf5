import * as fs from 'node:fs';

/** tsconfig `extends` may point into node_modules or above root: read-only access is fine. */
export function readOutside(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}
