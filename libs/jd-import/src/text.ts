import { MAX_ITEM_CHARS } from './limits';

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an acronym or a name like "iOS" ("SQL skills" stays). */
export function lowerFirst(text: string): string {
  if (text.length < 2) return text.toLowerCase();
  const firstWord = text.split(' ', 1)[0];
  if (/[A-Z]/.test(firstWord.slice(1))) return text;
  return text[0].toLowerCase() + text.slice(1);
}

export function stripTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.;,:!'.includes(text[end - 1])) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** Cuts at a word boundary when one is near, so a truncated item still reads. */
export function truncate(text: string, max: number = MAX_ITEM_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd();
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const char of text) {
    const space = char === ' ' || char === '\t';
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** "a, b or c" — the way anchors and questions name a short list. */
export function joinOr(terms: readonly string[]): string {
  if (terms.length <= 1) return terms.join('');
  return `${terms.slice(0, -1).join(', ')} or ${terms[terms.length - 1]}`;
}

/** Lower-case words of a phrase with punctuation as spaces, padded so `includes(' word')` finds word starts. */
export function searchable(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ')} `;
}
