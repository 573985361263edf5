/* main: every import form */
import { shout } from '../core/util'; // trailing comment stays
import type { Config } from "../config";
import util = require('../core/util');
export { both } from '../core/util';

// a comment naming '../core/util' is no import
const text = "import x from '../core/util'";

export async function lazy(): Promise<string> {
  const m = await import(`../core/util`);
  return m.shout(text);
}

const legacy = require("../core/util")

export const all = [shout, util, legacy] as const;
export type Alias = Config;
