export interface Shape {
  a: number;
}

export function area(s: Shape): number {
  return s.a;
}
