import { shout, v } from '@org/a';
import { twice } from '@org/c/lib/twice';
import { helper } from '@b/helpers/helper';

export const out = shout('x') + v + helper + twice(2);
