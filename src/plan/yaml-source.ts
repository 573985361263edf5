import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { PlanIssue } from '../errors';
import type { SourceLoc } from './types';

export type KeyPath = ReadonlyArray<string | number>;

/** A parsed YAML file that can say where any key path was written. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Parses text; syntax errors come back as issues with their positions. */
  static parse(file: string, text: string): { source: YamlSource; issues: PlanIssue[] } {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const source = new YamlSource(file, doc, lines);
    const issues = [...doc.errors, ...doc.warnings].map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return { file, line: pos.line, column: pos.col, message: `YAML: ${firstLine(e.message)}` };
    });
    return { source, issues };
  }

  /** The position of the value at `path`, or of its key when `atKey`; falls back to the nearest parent. */
  locate(path: KeyPath, atKey = false): SourceLoc {
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node;
        const last = i === path.length - 1;
        offset = (last && atKey) || !pair.value ? (keyNode.range?.[0] ?? offset) : ((pair.value as Node).range?.[0] ?? offset);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg];
        offset = (node as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col };
  }

  /** An issue placed at `path`. */
  issue(path: KeyPath, message: string, atKey = false): PlanIssue {
    const { line, column } = this.locate(path, atKey);
    return { file: this.file, line, column, message };
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
