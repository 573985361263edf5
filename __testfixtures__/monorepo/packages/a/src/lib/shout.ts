import { v } from '@a/lib/util';

export const shout = (s: string): string => s.toUpperCase() + v;
