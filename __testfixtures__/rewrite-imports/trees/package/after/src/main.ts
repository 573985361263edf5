import { leftPad } from './shims/left-pad';

export const pad = leftPad('x', 3);
