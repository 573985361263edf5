export type LoopEvent = { id: string };
export const LEGACY = false;
