export const seen: string[] = [];

export function log(message: string): void {
  seen.push(message);
}
