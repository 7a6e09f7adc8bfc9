// Bytes to text, with the reasons a person understands when it cannot be done.
import { InputError } from "../inputs/types.js";

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** UTF-8 (BOM dropped) with LF line ends; rejects binary, non-UTF-8 and oversized input. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(source, `too large (${formatMiB(bytes.length)}, over 10 MiB)`);
  if (bytes.includes(0)) throw new InputError(source, "binary file (it contains NUL bytes), not a text draft");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(source, `not UTF-8 (invalid byte sequence at byte ${firstInvalidByte(bytes)}); save it as UTF-8`);
  }
  return normalizeNewlines(text);
}

/** CRLF and lone CR count as LF. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function formatMiB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** 1-based position of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i + 1;
    // Second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i + 1;
    }
    i += size;
  }
  return bytes.length + 1;
}
