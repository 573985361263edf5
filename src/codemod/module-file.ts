import type { Overlay } from '../workspace/overlay';
import { joinRel, type RelPath } from '../workspace/paths';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The file a root-relative module path names, as an import would: the path itself, the path with a
 * source extension, or the folder's index file. Undefined when there is none.
 */
export function moduleFile(overlay: Overlay, modulePath: RelPath): RelPath | undefined {
  if (overlay.exists(modulePath)) return modulePath;
  const bare = modulePath.replace(/\.[cm]?js$|\.jsx$/, '');
  for (const ext of EXTENSIONS) if (overlay.exists(bare + ext)) return bare + ext;
  for (const ext of EXTENSIONS) if (overlay.exists(joinRel(modulePath, 'index' + ext))) return joinRel(modulePath, 'index' + ext);
  return undefined;
}
