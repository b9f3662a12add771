export { parseJobDescription } from './parse-job-description';
export { parseLadder } from './ladder';
export { DEFAULT_LEVEL, defaultsForLevel, LEVEL_DEFAULTS, toLevel } from './levels';
export { defaultAnchors } from './anchors';
export { knockoutQuestionFor } from './knockout';
export { splitGluedList, splitGluedWord } from './glued-words';
export { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION } from './limits';
