export type LoopEvent = { id: string };
export const LEGACY = true;
