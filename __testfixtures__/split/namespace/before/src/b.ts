import type * as b from './drivers/bridges';

export let last: b.Audit | undefined;
