export type { ReportScorecard, ScoringItem } from './types';
export { percentile, median } from './percentile';
export { percent } from './rates';
export { summarizeDurations, SECONDS_PER_DAY, type DurationSummary } from './durations';
export { withConversion } from './funnel';
export { assessmentOf } from './assessed';
export { itemReliability, RUBRIC_PROBLEM_THRESHOLDS, type ItemReliability } from './item-reliability';
export { interviewerCalibration, type InterviewerCalibration } from './calibration';
