interface Hidden {
  h: number;
}
const a: Hidden = { h: 1 };

export { a };
export type { Hidden };
