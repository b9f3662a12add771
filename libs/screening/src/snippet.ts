import type { ScreeningEvidence } from '@shortlist/contracts';
import { SNIPPET_RADIUS } from './limits';

const isLineEnd = (char: string) => char === '\n' || char === '\r' || char === '\f';
const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\u00a0' || isLineEnd(char);

/**
 * The words around a match, on its line, about SNIPPET_RADIUS characters each
 * side, never cutting a word. The snippet is a verbatim slice of the text and
 * `offset` is where it starts: text.slice(offset, offset + snippet.length) is
 * the snippet, so a reader can find it in the original.
 */
export function snippetAround(text: string, start: number, end: number): Pick<ScreeningEvidence, 'text' | 'offset'> {
  let from = start;
  const lowest = Math.max(0, start - SNIPPET_RADIUS);
  while (from > lowest && !isLineEnd(text[from - 1])) from -= 1;
  if (from > 0 && !isSpace(text[from - 1])) {
    // The window cut a word: start after the next space instead.
    while (from < start && !isSpace(text[from])) from += 1;
  }
  let to = end;
  const highest = Math.min(text.length, end + SNIPPET_RADIUS);
  while (to < highest && !isLineEnd(text[to])) to += 1;
  if (to < text.length && !isSpace(text[to])) {
    while (to > end && !isSpace(text[to - 1])) to -= 1;
  }
  while (from < start && isSpace(text[from])) from += 1;
  while (to > end && isSpace(text[to - 1])) to -= 1;
  return { text: text.slice(from, to), offset: from };
}
