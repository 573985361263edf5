import * as bridges from './drivers/bridges';

export const processed = bridges.process('z');
