export * from '../shared/text/util';
export { shout as yell } from "../shared/text/util"
