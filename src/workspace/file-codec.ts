import { languageOf } from '../lang';
import type { RelPath } from './paths';

/** A file's text from its bytes: in the encoding its language says it declares (PEP 263), else UTF-8. */
export function decodeFile(file: RelPath, bytes: Buffer): string {
  const decode = languageOf(file)?.decode;
  return decode ? decode(file, bytes) : bytes.toString('utf8');
}

/** A file's bytes for its text, as decodeFile reads them back; throws StateError when the text's declared encoding cannot hold it. */
export function encodeFile(file: RelPath, text: string): Buffer | string {
  const encode = languageOf(file)?.encode;
  return encode ? encode(file, text) : text;
}
