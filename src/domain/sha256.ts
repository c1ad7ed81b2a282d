import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The SHA-256 digest of `text` (UTF-8) in lower-case hex. Synchronous and the same in Node and
 * the browser, so keys derived from ids (summary references, Planner task keys) are identical
 * wherever they are computed.
 *
 * @example sha256Hex('abc') → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
