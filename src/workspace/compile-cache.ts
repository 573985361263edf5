// Every start of remediate compiles its modules, TypeScript's 9 MB compiler among them, from source:
// on Node 20 that is a third of a short command's time. V8 can reuse the code it compiled last time
// (Node >= 22.1 offers this as module.enableCompileCache). On older Node, this keeps V8's code cache
// of each module of this package, taken at exit so it holds the functions the run compiled too, in
// os.tmpdir(). REMEDIATE_COMPILE_CACHE=0 (or REMEDIATE_CACHE=0) turns it off; a cache V8 rejects is made again.
// A module compiled here cannot call import() (Node 20 gives vm scripts no loader for it, and one
// made from cached data loses any it was given): __tests__/cli/compile-cache.test.ts checks that no
// module the CLI loads does.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** This package's folder (dist/src/workspace → the root): only its own modules are cached. */
const PACKAGE = path.resolve(__dirname, '../../..') + path.sep;
/**
 * Modules left to Node's own loader: web-tree-sitter holds an import() (Language.load of a path, which
 * remediate never calls: it passes the grammar's bytes), and the cache must not serve a module that has one.
 */
export const UNCACHED = [`${path.sep}node_modules${path.sep}web-tree-sitter${path.sep}`];

/** Node's internals this hook stands in for; not in @types/node. */
interface ModuleInternals {
  _compile(this: NodeJS.Module, content: string, filename: string): unknown;
}
type ModuleStatics = typeof Module & {
  enableCompileCache?: (dir: string) => unknown;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: NodeJS.Module, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: NodeJS.Module): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeJS.Module>;
};

/** Turns the cache on for this process's CommonJS loader (a second call changes nothing). */
export function enableCompileCache(): void {
  const M = Module as ModuleStatics;
  if (process.env.REMEDIATE_COMPILE_CACHE === '0' || process.env.REMEDIATE_CACHE === '0') return;
  const dir = path.join(os.tmpdir(), `remediate-compile-cache-${process.getuid ? process.getuid() : 'user'}`);
  if (typeof M.enableCompileCache === 'function') {
    M.enableCompileCache(dir);
    return;
  }
  const versionDir = path.join(dir, `${process.version}-${process.arch}`);
  const pending: Pending[] = [];
  const proto = M.prototype as unknown as ModuleInternals;
  if ((proto._compile as { cached?: boolean }).cached) return;
  const compile = proto._compile;
  const cached = function (this: NodeJS.Module, content: string, filename: string): unknown {
    if (!filename.startsWith(PACKAGE) || UNCACHED.some((m) => filename.includes(m))) return compile.call(this, content, filename);
    // One entry per module path, so rebuilds replace entries instead of piling them up; the entry
    // starts with the fingerprint of the source it was made from.
    const file = path.join(versionDir, crypto.createHash('sha1').update(filename).digest('hex'));
    const stamp = Buffer.from(fingerprint(content, filename), 'hex');
    const entry = readOrUndefined(file);
    const cachedData = entry && entry.subarray(0, stamp.length).equals(stamp) ? entry.subarray(stamp.length) : undefined;
    // A shebang is legal only at the very start of a script; Node strips it the same way.
    const source = M.wrap(content.startsWith('#!') ? '//' + content : content);
    const script = new vm.Script(source, { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ script, file, stamp });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(M, this), this, filename, path.dirname(filename));
  };
  proto._compile = Object.assign(cached, { cached: true });
  process.once('exit', () => pending.forEach(save));
}

/** A module whose cache entry is to be written at exit. */
interface Pending {
  script: vm.Script;
  file: string;
  stamp: Buffer;
}

/** What identifies a module's source: its path, size, modification time and both ends of its text. */
function fingerprint(content: string, filename: string): string {
  let mtime = 0;
  try {
    mtime = fs.statSync(filename).mtimeMs;
  } catch {
    // The source came from somewhere else; its text still identifies it.
  }
  const hash = crypto.createHash('sha1').update(`${filename}\0${content.length}\0${mtime}\0`);
  hash.update(content.length > 131072 ? content.slice(0, 65536) + content.slice(-65536) : content);
  return hash.digest('hex');
}

/** The `require` Node gives a CommonJS module (lib/internal/modules/helpers: makeRequireFunction). */
function requireFor(M: ModuleStatics, mod: NodeJS.Module): NodeJS.Require {
  const resolve = Object.assign((request: string, options?: { paths?: string[] }) => M._resolveFilename(request, mod, false, options), {
    paths: (request: string) => M._resolveLookupPaths(request, mod),
  });
  return Object.assign((id: string) => mod.require(id), { resolve, main: require.main, extensions: M._extensions, cache: M._cache }) as NodeJS.Require;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (another remediate may be starting at the same moment). */
function save({ script, file, stamp }: Pending): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only means the next start compiles again.
  }
}
