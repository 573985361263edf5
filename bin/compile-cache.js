'use strict';
// Every start of remediate compiles its modules, TypeScript's 9 MB compiler among them, from source:
// on Node 20 that is a third of a short command's time. V8 can reuse the code it compiled last time
// (Node >= 22.1 offers this as module.enableCompileCache). On older Node, this keeps V8's code cache
// of each module of this package, taken at exit so it holds the functions the run compiled too, in
// os.tmpdir(). REMEDIATE_COMPILE_CACHE=0 turns it off; a cache V8 rejects is made again.
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const PACKAGE = path.resolve(__dirname, '..') + path.sep;

function enable() {
  if (process.env.REMEDIATE_COMPILE_CACHE === '0') return;
  const dir = path.join(os.tmpdir(), `remediate-compile-cache-${process.getuid ? process.getuid() : 'user'}`);
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return;
  }
  const versionDir = path.join(dir, `${process.version}-${process.arch}`);
  const pending = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(PACKAGE)) return compile.call(this, content, filename);
    const file = path.join(versionDir, fingerprint(content, filename));
    const cachedData = readOrUndefined(file);
    // A shebang is legal only at the very start of a script; Node strips it the same way.
    const source = Module.wrap(content.startsWith('#!') ? '//' + content : content);
    const script = new vm.Script(source, { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ script, file });
    const fn = script.runInThisContext({ displayErrors: true });
    return fn.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };
  process.once('exit', () => pending.forEach(save));
}

/** What identifies a module's source: its path, size, modification time and both ends of its text. */
function fingerprint(content, filename) {
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
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function readOrUndefined(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (another remediate may be starting at the same moment). */
function save({ script, file }) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only means the next start compiles again.
  }
}

module.exports = { enable };
