import fastifyMultipart from '@fastify/multipart';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { sendProblem } from './problem-details.filter';
import { toProblem } from './problem-details.filter';

/** The most a multipart field (not a file) may hold: a name, an email, a JSON list of knock-out answers. */
const MAX_FIELD_BYTES = 64 * 1024;

export interface UploadOptions {
  /** Limit for a text/csv body (Fastify's route body limit). */
  bodyLimit?: number;
}

/**
 * Marks a route that takes multipart/form-data or text/csv. Every other route
 * keeps answering those content types with 415, as before uploads existed.
 */
export const Uploads = (options: UploadOptions = {}) => RouteConfig({ uploads: true, ...options });

/** Must run before the routes are registered (`app.init()`). */
export async function registerUploadParsers(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: { fields: 20, fieldSize: MAX_FIELD_BYTES, files: 1, parts: 25, headerPairs: 50 },
    throwFileSizeLimit: true,
  });
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  fastify.addHook('preValidation', async (request, reply) => {
    const type = String(request.headers['content-type'] ?? '').toLowerCase();
    if (!type.startsWith('multipart/') && !type.startsWith('text/csv')) return;
    if ((request.routeOptions.config as { uploads?: boolean } | undefined)?.uploads) return;
    sendProblem(
      reply,
      toProblem(new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported content type; send application/json')),
      request.url,
      String(request.id ?? ''),
    );
    return reply;
  });
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  file?: UploadedFile;
}

/**
 * Reads a multipart form: its text fields and at most one file, held to
 * maxFileBytes (a larger file is a 413 naming the limit, not a 500).
 */
export async function readMultipartForm(
  request: FastifyRequest,
  maxFileBytes: number,
  fileFields: readonly string[],
): Promise<MultipartForm> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the form as multipart/form-data');
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxFileBytes } })) {
      if (part.type === 'file') {
        if (!fileFields.includes(part.fieldname) || file) {
          part.file.resume();
          throw new AppError('VALIDATION_FAILED', `Unexpected file field ${part.fieldname}`, [
            { field: part.fieldname, message: `only one file, named ${fileFields.join(' or ')}, is accepted` },
          ]);
        }
        file = { fileName: safeFileName(part.filename), bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the ${formatBytes(maxFileBytes)} accepted`);
    }
    if ((error as { statusCode?: number }).statusCode === 413) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'The form has more or larger parts than accepted');
    }
    throw new AppError('MALFORMED_REQUEST', 'The multipart form could not be read');
  }
  return { fields, file };
}

/**
 * The client's file name, kept only as a label: no directories, no control
 * characters (PostgreSQL text cannot hold NUL), well-formed, at most 255 code points.
 */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const printable = [...base.toWellFormed()].filter((char) => char >= ' ' && char !== '\u007f').join('');
  const clean = [...printable.trim()].slice(0, 255).join('');
  return clean || 'upload';
}

export const formatBytes = (bytes: number): string =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
