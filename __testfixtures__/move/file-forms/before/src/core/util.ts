// Util: string helpers
import { join } from "path"
import type { Config } from '../config';
import * as cfg from "../config"

export const shout = (s: string) => s.toUpperCase();
export const both = (a: string, b: string) => join(a, b);
export const named = (c: Config = cfg.defaults) => c.name;
