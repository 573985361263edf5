import type { LoopEvent } from 'app/integrations/events';
import { snapshot } from '../drivers/snapshots';
export { LEGACY } from 'app/integrations/events';

export async function late(): Promise<boolean> {
  return (await import('app/integrations/events')).LEGACY;
}

export const first = (e: LoopEvent): number => snapshot + e.id.length;
