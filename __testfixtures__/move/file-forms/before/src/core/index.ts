export * from './util';
export { shout as yell } from "./util"
