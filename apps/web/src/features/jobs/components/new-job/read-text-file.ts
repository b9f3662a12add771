/** POST /job-templates/parse takes at most 1,000,000 characters; a file of 1 MB (10^6 bytes) never has more. */
export const MAX_DESCRIPTION_CHARS = 1_000_000;
export const MAX_DESCRIPTION_BYTES = 1_000_000;

const TEXT_NAME = /\.(txt|text|md)$/i;

export type ReadTextResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a job description file in the browser, refusing what is not plain text or too big. */
export async function readTextFile(file: File): Promise<ReadTextResult> {
  // Browsers leave the type empty for extensions they do not know; then the name decides.
  const isText = file.type ? file.type.startsWith('text/') : TEXT_NAME.test(file.name);
  if (!isText) {
    return {
      ok: false,
      message: `“${file.name}” is not a text file. Upload a .txt file, or open the document and paste its text.`,
    };
  }
  if (file.size > MAX_DESCRIPTION_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is larger than 1 MB. Paste the part of the page with the job description instead.`,
    };
  }
  const text = await file.text();
  if (text.includes('\u0000')) {
    return { ok: false, message: `“${file.name}” does not look like text. Upload a .txt file.` };
  }
  if (!text.trim()) return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true, text };
}
