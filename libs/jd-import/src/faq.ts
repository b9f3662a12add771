import type { Line } from './document';
import { MAX_ITEMS_PER_SECTION, MAX_PARAGRAPH_CHARS } from './limits';
import { RED_FLAG_CUE, redFlagsIn, sentences } from './red-flags';
import { stagesMentioned } from './stages';
import { collapseSpaces, truncate } from './text';

export interface FaqEntry {
  question: string | null;
  answer: string;
}

const stripPrefix = (text: string, prefix: string) =>
  text.slice(0, prefix.length).toUpperCase() === prefix ? text.slice(prefix.length).trim() : text;

/**
 * Question-and-answer pairs. Scraped pages often keep only the answers (the
 * questions sat in collapsed widgets), so an answer may have no question; a
 * blank line or a line ending in "?" starts the next entry.
 */
export function faqEntries(body: readonly Line[]): FaqEntry[] {
  const entries: FaqEntry[] = [];
  let question: string | null = null;
  let answer = '';
  const close = () => {
    const text = truncate(collapseSpaces(answer), MAX_PARAGRAPH_CHARS);
    if (text.length > 0) entries.push({ question, answer: text });
    question = null;
    answer = '';
  };
  for (const line of body) {
    if (entries.length >= MAX_ITEMS_PER_SECTION) break;
    if (line.type === 'blank') {
      if (answer.trim().length > 0) close();
      continue;
    }
    if (line.type !== 'text' && line.type !== 'bullet' && line.type !== 'subheading') continue;
    const text = stripPrefix(stripPrefix(line.text.slice(0, MAX_PARAGRAPH_CHARS), 'Q:'), 'A:');
    if (text.endsWith('?')) {
      close();
      question = text;
    } else if (answer.length <= MAX_PARAGRAPH_CHARS) {
      answer += ` ${text}`;
    }
  }
  close();
  return entries;
}

export interface FaqReading {
  redFlags: string[];
  stageNames: string[];
  /** Advice paragraphs, in order, to be attached to a stage or kept as general guidance. */
  advice: string[];
}

const EVALUATION_CUE = /\b(?:evaluate|assess|interview|screen)/i;

/**
 * The answer that names two or more interview formats (or one, when its
 * question asks how to evaluate) defines the stages; an answer about what to
 * watch for gives the red flags; every other answer is advice.
 */
export function readFaq(entries: readonly FaqEntry[]): FaqReading {
  const reading: FaqReading = { redFlags: [], stageNames: [], advice: [] };
  for (const { question, answer } of entries) {
    const askedForFlags = question !== null && RED_FLAG_CUE.test(question);
    if (askedForFlags || RED_FLAG_CUE.test(answer)) {
      const flags = redFlagsIn(answer, askedForFlags);
      if (flags.length > 0) {
        reading.redFlags.push(...flags);
        continue;
      }
    }
    const named = stagesMentioned(answer);
    const asksHow = question !== null && EVALUATION_CUE.test(question);
    if (reading.stageNames.length === 0 && (named.length >= 2 || (named.length === 1 && asksHow))) {
      reading.stageNames = named;
      const rest = sentences(answer).filter((sentence) => stagesMentioned(sentence).length === 0);
      if (rest.length > 0) reading.advice.push(rest.join(' '));
      continue;
    }
    reading.advice.push(answer);
  }
  return reading;
}
