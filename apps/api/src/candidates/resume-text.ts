import type { ResumeMimeType } from '@shortlist/contracts';
import mammoth from 'mammoth';
import { Worker } from 'node:worker_threads';
import { AppError } from '../common/app-error';

/** A résumé is a few pages; more text than this is not one, and would only slow screening and search. */
export const MAX_RESUME_TEXT_CHARS = 200_000;
const PDF_TIMEOUT_MS = 20_000;

const unreadable = (what: string) =>
  new AppError(
    'RESUME_UNREADABLE',
    `The ${what} could not be read (damaged, encrypted or empty); upload another file or paste the text`,
  );

/**
 * PDF text is extracted by pdf-parse (pdf.js) in a worker thread: a hostile
 * file can then neither block the event loop nor take the process's memory
 * (the worker has its own heap limit and a timeout), and pdf.js's own worker
 * loads by dynamic import, which only plain Node (not jest's module registry)
 * provides.
 */
const PDF_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.pdfParsePath);
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(workerData.bytes) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    parentPort.postMessage({ ok: true, text: result.text });
  } catch (error) {
    parentPort.postMessage({ ok: false, name: String((error && error.name) || 'Error') });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
})();
`;

function pdfText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PDF_WORKER_SOURCE, {
      eval: true,
      workerData: { pdfParsePath: require.resolve('pdf-parse'), bytes },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(unreadable('PDF'));
    }, PDF_TIMEOUT_MS);
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    worker.once('message', (message: { ok: boolean; text?: string }) =>
      settle(() => (message.ok ? resolve(message.text ?? '') : reject(unreadable('PDF')))),
    );
    worker.once('error', () => settle(() => reject(unreadable('PDF'))));
    worker.once('exit', () => settle(() => reject(unreadable('PDF'))));
  });
}

async function docxText(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw unreadable('DOCX file');
  }
}

function plainText(bytes: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

/** Tidies extracted text: no NULs (PostgreSQL refuses them), unified newlines, at most MAX_RESUME_TEXT_CHARS. */
export function tidyResumeText(text: string): string {
  return text
    .replaceAll('\u0000', '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_RESUME_TEXT_CHARS)
    .toWellFormed();
}

/** The text of a résumé whose type was read from its bytes; a file with no text is unreadable. */
export async function extractResumeText(bytes: Buffer, type: ResumeMimeType): Promise<string> {
  const raw =
    type === 'application/pdf'
      ? await pdfText(bytes)
      : type === 'text/plain'
        ? plainText(bytes)
        : await docxText(bytes);
  const text = tidyResumeText(raw);
  if (!text) throw unreadable(type === 'text/plain' ? 'text file' : type === 'application/pdf' ? 'PDF' : 'DOCX file');
  return text;
}
