import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { screenCommand } from './screen-command';

const JD = path.resolve(__dirname, '../../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt');
const RESUME = path.resolve(__dirname, '../../../libs/screening/fixtures/resume-backend-intern.txt');

describe('cli screen JD_FILE RESUME_FILE', () => {
  let dir: string;
  let written: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'screen-command-'));
    written = '';
    jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, done?: () => void) => {
      written += chunk;
      done?.();
      return true;
    }) as typeof process.stdout.write);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the screen score and the evidence per item as JSON', async () => {
    await screenCommand([JD, RESUME]);
    const output = JSON.parse(written);
    expect(output.screenScore).toBe(100);
    expect(output.items).toHaveLength(26);
    expect(output.items[0]).toEqual({
      category: 'qualification',
      label: 'Currently pursuing BS/MS in Computer Science or related field',
      evidence: [{ text: 'B.Sc. Computer Science (Co-op), expected April 2027', offset: 179 }],
    });
  });

  it('refuses a file it cannot read, and a PDF or DOCX résumé, with one line', async () => {
    const missing = path.join(dir, 'missing.txt');
    await expect(screenCommand([JD, missing])).rejects.toThrow(`Cannot read ${missing}: no such file`);
    const pdf = path.join(dir, 'resume.txt');
    fs.writeFileSync(pdf, '%PDF-1.7\n');
    await expect(screenCommand([JD, pdf])).rejects.toThrow(`${pdf}: only text résumés are supported by the CLI`);
    await expect(screenCommand([JD])).rejects.toThrow('screen takes exactly two files: JD_FILE RESUME_FILE');
    expect(written).toBe('');
  });
});
