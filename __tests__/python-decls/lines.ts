/** Offsets of whole lines `from`..`to` (1-based, inclusive) of `text`, line break of the last included. */
export function lines(text: string, from: number, to: number = from): { start: number; end: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return { start: starts[from - 1], end: to < starts.length ? starts[to] : text.length };
}
