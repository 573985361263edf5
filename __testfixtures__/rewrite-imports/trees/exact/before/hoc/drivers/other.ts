import type { LoopEvent } from 'app/integrations/events';

export const other = (e: LoopEvent): string => e.id;
