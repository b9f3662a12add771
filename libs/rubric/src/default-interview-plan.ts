import type { JobStageInput, StageKind, TemplateStage } from '@shortlist/contracts';
import { labelKey, uniqueLabels } from './text';

/** Interview stages when a job description names none (DESIGN.md, "Default interview plan"). */
export const DEFAULT_INTERVIEW_STAGES = ['Coding assessment', 'System design discussion', 'Behavioral interview'];

const stage = (name: string, kind: StageKind, focusItemLabels: string[] = [], guidance: string[] = []) => ({
  name,
  kind,
  focusItemLabels,
  guidance,
  interviewerIds: [],
});

/**
 * The default plan: Applied → Résumé screen → Recruiter screen (the
 * prerequisites) → the template's interview stages → Decision → Offer → Hired.
 * A template stage named like one of the fixed stages (a "Recruiter screen"
 * read from the page) adds its focus and guidance to that stage instead of
 * appearing twice.
 */
export function defaultInterviewPlan(
  templateStages: readonly TemplateStage[],
  prerequisiteLabels: readonly string[] = [],
): JobStageInput[] {
  const before = [
    stage('Applied', 'applied'),
    stage('Résumé screen', 'screen'),
    stage('Recruiter screen', 'screen', uniqueLabels(prerequisiteLabels)),
  ];
  const after = [stage('Decision', 'decision'), stage('Offer', 'offer'), stage('Hired', 'hired')];
  const fixed = new Map([...before, ...after].map((s) => [labelKey(s.name), s]));
  const interviews: ReturnType<typeof stage>[] = [];
  for (const templateStage of templateStages) {
    const same =
      fixed.get(labelKey(templateStage.name)) ??
      interviews.find((s) => labelKey(s.name) === labelKey(templateStage.name));
    if (same) {
      same.focusItemLabels = uniqueLabels([...same.focusItemLabels, ...templateStage.focus]);
      same.guidance = [...same.guidance, ...templateStage.guidance];
      continue;
    }
    interviews.push(
      stage(templateStage.name, 'interview', uniqueLabels(templateStage.focus), [...templateStage.guidance]),
    );
  }
  if (interviews.length === 0) interviews.push(...DEFAULT_INTERVIEW_STAGES.map((name) => stage(name, 'interview')));
  return [...before, ...interviews, ...after];
}
