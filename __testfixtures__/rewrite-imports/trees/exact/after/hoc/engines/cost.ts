import type { LoopEvent } from '../schemas/loop_events';
import { snapshot } from '../drivers/snapshots';
export { LEGACY } from '../schemas/loop_events';

export async function late(): Promise<boolean> {
  return (await import('../schemas/loop_events')).LEGACY;
}

export const first = (e: LoopEvent): number => snapshot + e.id.length;
