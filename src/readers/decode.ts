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

function firstInvalidByte(bytes: Uint8Array): number {
  const probe = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      probe.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo + 1;
}
