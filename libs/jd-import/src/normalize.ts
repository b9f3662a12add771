import { MAX_INPUT_CHARS } from './limits';

export interface NormalizedText {
  lines: string[];
  warnings: string[];
}

// C0 controls except tab and newline, DEL, the C1 block, and the replacement character
// that toWellFormed() leaves for lone surrogates: none of them carries text.
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export function normalizeText(input: unknown): NormalizedText {
  const warnings: string[] = [];
  if (typeof input !== 'string') {
    return { lines: [], warnings: ['The input was not text; nothing could be read'] };
  }
  let text = input;
  if (text.length > MAX_INPUT_CHARS) {
    text = text.slice(0, MAX_INPUT_CHARS);
    warnings.push('The text is longer than 1 MB; only the first 1 MB was read');
  }
  text = text.toWellFormed().replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  let removed = 0;
  text = text.replace(CONTROL, () => {
    removed += 1;
    return '';
  });
  if (removed > 0) warnings.push('The text contains control or binary characters; they were ignored');
  text = text
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"');
  return { lines: text.split('\n'), warnings };
}
