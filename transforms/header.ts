import type { API, FileInfo, Options } from 'jscodeshift';
import { editHeader } from '../src/header/header';

/**
 * jscodeshift transform for the `header` step, for use outside a plan:
 *   npx jscodeshift -t transforms/header.ts --set "Layer=L6 — Drivers" --tags HYBRID,-OLD src/drivers
 * `--set` takes `Key=Value` (repeat it, or separate pairs with `;`); `--tags` a comma-separated list
 * where `-TAG` removes a marker. Returns null (no change) when the header already reads as asked.
 */
export default function transform(file: FileInfo, _api: API, options: Options): string | null {
  const after = editHeader(file.source, { set: parseSet(options.set), tags: parseTags(options.tags) });
  return after === file.source ? null : after;
}

export const parser = 'ts';

function parseSet(value: unknown): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  const pairs = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => String(v).split(';'));
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

function parseTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : String(value).split(',').map((t) => t.trim()).filter(Boolean);
}
