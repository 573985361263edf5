import { fromFolder } from './x';
import { fromFile } from './y';

export const sum = fromFolder + fromFile;
