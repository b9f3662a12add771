import { safeFileName } from './uploads';

describe('safeFileName', () => {
  it('keeps an ordinary name', () => {
    expect(safeFileName('Résumé 2026.pdf')).toBe('Résumé 2026.pdf');
  });

  it('drops directories, control characters and malformed unicode', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\ada\\cv.docx')).toBe('cv.docx');
    expect(safeFileName('a\u0000b\u001f.txt')).toBe('ab.txt');
    expect(safeFileName('cv\ud800.txt')).toBe('cv\ufffd.txt');
  });

  it('falls back to a label when nothing is left, and caps the length', () => {
    expect(safeFileName(undefined)).toBe('upload');
    expect(safeFileName('\u0000')).toBe('upload');
    expect(safeFileName('x'.repeat(1000))).toHaveLength(255);
  });
});
