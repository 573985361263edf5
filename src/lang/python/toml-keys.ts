/**
 * A small TOML reader for the few pyproject.toml keys import-root discovery needs. It reads the whole
 * value grammar (strings of all four kinds, arrays, inline tables, bare scalars, comments, dotted and
 * quoted keys, `[table]` and `[[array]]` headers) so that keys it does not need never trip it; it does
 * not check what TOML forbids (redefined keys, mixed arrays). A TOML library would be the better choice.
 */

/** A TOML value as read: bare scalars (numbers, booleans, dates) are kept as their text. */
export type TomlValue = string | TomlValue[] | TomlTable;
/** A TOML table. */
export interface TomlTable {
  [key: string]: TomlValue;
}

/** Unreadable TOML, with its 1-based line and column. */
export class TomlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${line}:${column}: ${reason}`);
  }
}

/** Reads a TOML document into nested tables. */
export function readToml(text: string): TomlTable {
  return new TomlReader(text).document();
}

/** The value at a key path, when every step exists. */
export function tomlGet(table: TomlTable, ...keys: string[]): TomlValue | undefined {
  let v: TomlValue | undefined = table;
  for (const k of keys) v = v !== undefined && isTable(v) ? v[k] : undefined;
  return v;
}

/** True for a table (not a string or an array). */
export function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === 'object' && !Array.isArray(v);
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

class TomlReader {
  private i = 0;
  constructor(private readonly s: string) {}

  document(): TomlTable {
    const root: TomlTable = {};
    let current = root;
    for (this.skipBlank(true); this.i < this.s.length; this.skipBlank(true)) {
      if (this.s[this.i] === '[') current = this.header(root);
      else this.assign(current);
      this.endOfLine();
    }
    return root;
  }

  private header(root: TomlTable): TomlTable {
    const isArray = this.s.startsWith('[[', this.i);
    this.i += isArray ? 2 : 1;
    const keys = this.key();
    this.expect(isArray ? ']]' : ']');
    const parent = this.descend(root, keys.slice(0, -1));
    const last = keys[keys.length - 1];
    if (!isArray) return this.descend(parent, [last]);
    const list = parent[last] ?? (parent[last] = []);
    if (!Array.isArray(list)) this.fail(`'${last}' is not an array of tables`);
    const table: TomlTable = {};
    list.push(table);
    return table;
  }

  private assign(table: TomlTable): void {
    const keys = this.key();
    this.skipBlank(false);
    this.expect('=');
    this.skipBlank(false);
    this.descend(table, keys.slice(0, -1))[keys[keys.length - 1]] = this.value();
  }

  /** The table at a key path below `table`, made when missing; an array of tables gives its last. */
  private descend(table: TomlTable, keys: string[]): TomlTable {
    let t = table;
    for (const k of keys) {
      const v: TomlValue = t[k] ?? (t[k] = {});
      const next = Array.isArray(v) ? v[v.length - 1] : v;
      if (!isTable(next)) this.fail(`'${k}' is not a table`);
      t = next;
    }
    return t;
  }

  private key(): string[] {
    const keys: string[] = [];
    do {
      this.skipBlank(false);
      const c = this.s[this.i];
      if (c === '"' || c === "'") keys.push(this.string());
      else keys.push(this.bareKey());
      this.skipBlank(false);
    } while (this.s[this.i] === '.' && ++this.i);
    return keys;
  }

  private bareKey(): string {
    const start = this.i;
    while (this.i < this.s.length && BARE_KEY.test(this.s[this.i])) this.i++;
    if (start === this.i) this.fail('expected a key');
    return this.s.slice(start, this.i);
  }

  private value(): TomlValue {
    const c = this.s[this.i];
    if (c === '"' || c === "'") return this.string();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const m = /^[^\s,\]}#]+/.exec(this.s.slice(this.i, this.i + 200));
    if (!m) this.fail('expected a value');
    this.i += m[0].length;
    return m[0];
  }

  private array(): TomlValue[] {
    const items: TomlValue[] = [];
    this.i++;
    for (this.skipBlank(true); this.s[this.i] !== ']'; this.skipBlank(true)) {
      items.push(this.value());
      this.skipBlank(true);
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail("expected ',' or ']'");
    }
    this.i++;
    return items;
  }

  private inlineTable(): TomlTable {
    const table: TomlTable = {};
    this.i++;
    for (this.skipBlank(false); this.s[this.i] !== '}'; this.skipBlank(false)) {
      this.assign(table);
      this.skipBlank(false);
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') this.fail("expected ',' or '}'");
    }
    this.i++;
    return table;
  }

  private string(): string {
    const start = this.i;
    const quote = this.s[this.i];
    const multi = this.s.startsWith(quote.repeat(3), this.i);
    const delim = multi ? quote.repeat(3) : quote;
    this.i += delim.length;
    if (multi && this.s[this.i] === '\n') this.i++;
    let out = '';
    while (!this.s.startsWith(delim, this.i)) {
      const c = this.s[this.i];
      if (c === undefined || (!multi && c === '\n')) this.fail('unterminated string', start);
      if (c === '\\' && quote === '"') out += this.escape();
      else (out += c), this.i++;
    }
    this.i += delim.length;
    return out;
  }

  private escape(): string {
    const c = this.s[this.i + 1];
    const width = c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = this.s.slice(this.i + 2, this.i + 2 + width);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) this.fail('bad unicode escape');
      this.i += 2 + width;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    if (/\s/.test(c ?? '')) {
      // A line-ending backslash joins lines, dropping the blanks that follow.
      this.i++;
      while (/\s/.test(this.s[this.i] ?? '')) this.i++;
      return '';
    }
    if (c === undefined || !(c in ESCAPES)) this.fail('bad escape');
    this.i += 2;
    return ESCAPES[c];
  }

  /** Skips spaces, tabs and comments; newlines too when `newlines`. */
  private skipBlank(newlines: boolean): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.i++;
      else if (c === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else return;
    }
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.i < this.s.length && this.s[this.i] !== '\n') this.fail('expected the end of the line');
  }

  private expect(token: string): void {
    if (!this.s.startsWith(token, this.i)) this.fail(`expected '${token}'`);
    this.i += token.length;
  }

  private fail(reason: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    throw new TomlSyntaxError(line, at - before.lastIndexOf('\n'), reason);
  }
}
