import { detectResumeType } from './index';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('a résumé file is typed by its content, not its name', () => {
  it('knows a PDF by its "%PDF-" header', () => {
    expect(detectResumeType(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('application/pdf');
  });

  it('knows a DOCX as a ZIP holding word/document.xml', () => {
    const localHeader = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    expect(
      detectResumeType(bytes(localHeader, [0, 0, 0, 0], '[Content_Types].xml', [0x50, 0x4b], 'word/document.xml')),
    ).toBe(DOCX);
  });

  it('refuses other ZIP files (an .xlsx, an .odt)', () => {
    expect(detectResumeType(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'))).toBeNull();
    expect(
      detectResumeType(bytes([0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.text')),
    ).toBeNull();
  });

  it('takes valid UTF-8 without binary control bytes as text', () => {
    expect(detectResumeType(bytes('Zoë Müller — Résumé\r\n\tPython, SQL\f'))).toBe('text/plain');
    // "%PDF" without the dash is a text that happens to start so.
    expect(detectResumeType(bytes('%PDF is a format'))).toBe('text/plain');
  });

  it('refuses invalid UTF-8, NUL bytes, other binary and empty files', () => {
    expect(detectResumeType(bytes([0xc3, 0x28]))).toBeNull(); // a lead byte without its continuation
    expect(detectResumeType(bytes([0xff, 0xfe], 'R\u0000e\u0000'))).toBeNull(); // UTF-16
    expect(detectResumeType(bytes('plain', [0x00], 'text'))).toBeNull();
    expect(detectResumeType(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBeNull();
    expect(detectResumeType(new Uint8Array())).toBeNull();
  });
});
