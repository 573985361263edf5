/* main: every import form */
import { shout } from '../shared/text/util'; // trailing comment stays
import type { Config } from "../config";
import util = require('../shared/text/util');
export { both } from '../shared/text/util';

// a comment naming '../core/util' is no import
const text = "import x from '../core/util'";

export async function lazy(): Promise<string> {
  const m = await import(`../shared/text/util`);
  return m.shout(text);
}

const legacy = require("../shared/text/util")

export const all = [shout, util, legacy] as const;
export type Alias = Config;
