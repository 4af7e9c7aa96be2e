// SHA-256 of a source's text as UTF-8, hex. @noble/hashes (audited, no dependencies, ~5 KB of it bundled) is
// synchronous and runs wherever JavaScript does: Node's `crypto` is missing in a web worker, and Web Crypto's
// digest is asynchronous, which the synchronous loader cannot wait for.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
