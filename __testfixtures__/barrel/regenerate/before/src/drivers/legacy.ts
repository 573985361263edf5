export default function legacy(): string {
  return legacyName;
}

export const legacyName = 'legacy';
