import type { ResumeMimeType } from '@shortlist/contracts';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const DOCX_MAIN_PART = [...'word/document.xml'].map((char) => char.charCodeAt(0));

/** TextDecoder is a global in browsers and Node alike; typed here because the lib compiles without DOM or Node types. */
type FatalDecoder = { decode(bytes: Uint8Array): string };
const Decoder = (
  globalThis as unknown as { TextDecoder: new (label: string, options: { fatal: boolean }) => FatalDecoder }
).TextDecoder;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  let at = bytes.indexOf(needle[0]);
  while (at !== -1 && at + needle.length <= bytes.length) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i += 1;
    if (i === needle.length) return true;
    at = bytes.indexOf(needle[0], at + 1);
  }
  return false;
}

/** Control characters a text résumé never holds (tab, line feed, form feed and carriage return are fine). */
function hasBinaryControl(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return true;
  }
  return false;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new Decoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A résumé file's type by its content, never its name: "%PDF-" opens a PDF; a
 * DOCX is a ZIP (local file header "PK\x03\x04") holding "word/document.xml"
 * (its name appears in a local header and in the central directory); text is
 * valid UTF-8 without NUL or other binary control bytes. Anything else (an
 * empty file, an .xlsx, an image) is null.
 */
export function detectResumeType(bytes: Uint8Array): ResumeMimeType | null {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return null;
  if (startsWith(bytes, PDF_MAGIC)) return 'application/pdf';
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) {
    return contains(bytes, DOCX_MAIN_PART)
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : null;
  }
  return !hasBinaryControl(bytes) && isUtf8(bytes) ? 'text/plain' : null;
}
