import { headerValue } from '../../header/header';
import type { Finding, FileRule } from '../types';

/** `L5 — Domain Engine` → `L5`; `L5/L6 — HYBRID` → [L5, L6]. */
export function declaredLayers(value: string): string[] {
  return value.split(/\s+[—–-]\s+/)[0].split('/').map((s) => s.trim()).filter(Boolean);
}

/** A header's declared layer must exist and equal the layer of the file's folder. */
export const headerLayerRule: FileRule<'HEADER_LAYER'> = {
  id: 'HEADER_LAYER',
  scope: 'file',
  description: "A file header's declared layer must be a known layer and match the layer of its folder.",
  forFile(ctx) {
    const known = ctx.plan.layers.map((l) => l.id);
    return (file) => {
      const out: Finding[] = [];
      const header = ctx.header(file);
      const value = headerValue(header, 'Layer');
      if (value === undefined || !header) return out;
      const entry = header.entries.find((e) => e.key.toLowerCase() === 'layer')!;
      const declared = declaredLayers(value);
      const folder = ctx.layerOf(file);
      const unknown = declared.filter((l) => !known.includes(l));
      const at = { file, line: entry.line, column: 1 };
      if (unknown.length) out.push({ ...at, message: `header declares unknown layer ${unknown.join(', ')} ("${value}"); the plan's layers are ${known.join(', ')}` });
      else if (folder !== undefined && !declared.includes(folder)) out.push({ ...at, message: `header declares ${value} but the file's folder is ${folder}` });
      else if (folder !== undefined && declared.length > 1 && !/hybrid/i.test(value)) out.push({ ...at, message: `header declares several layers (${value}) without marking the file HYBRID` });
      return out;
    };
  },
};
