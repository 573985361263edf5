import { fromFolder } from './x/index';
import { fromFile } from './x';

export const sum = fromFolder + fromFile;
