import { type Term, VOCABULARY, type VocabularyIndex } from './vocabulary';

const TOKEN = /[\p{L}\p{N}+#./'-]+/gu;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let token = match[0];
    let end = token.length;
    while (end > 0 && ".'-/".includes(token[end - 1])) end -= 1;
    let start = 0;
    while (start < end && "'-/".includes(token[start])) start += 1;
    token = token.slice(start, end);
    if (token.length > 0) out.push(token);
  }
  return out;
}

function lookup(phrase: string, index: VocabularyIndex): Term | undefined {
  return index.exact.get(phrase) ?? index.folded.get(phrase.toLowerCase());
}

/** Vocabulary terms named in a text, longest phrase first, in the order they appear, each once. */
export function findTerms(text: string, index: VocabularyIndex = VOCABULARY): Term[] {
  const words = tokens(text);
  const found: Term[] = [];
  const add = (t: Term) => {
    if (!found.some((f) => f.name === t.name)) found.push(t);
  };
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && matched === 0; n -= 1) {
      const t = lookup(words.slice(i, i + n).join(' '), index);
      if (t) {
        add(t);
        matched = n;
      }
    }
    if (matched === 0 && words[i].includes('/')) {
      for (const part of words[i].split('/')) {
        const t = part ? lookup(part, index) : undefined;
        if (t) add(t);
      }
    }
    i += Math.max(matched, 1);
  }
  return found;
}

export function findKeywords(text: string): string[] {
  return findTerms(text).map((t) => t.name);
}
