import type { CaseContent } from '../../queries/case-rows.js';

export interface SourceCase extends Partial<CaseContent> {
  id: string;
  title: string;
  /** The source document it was transcribed from (shared/seeds/…). */
  source: string;
}

/** A transcribed source case: what the document says, every other field empty. */
export function fromSource(c: SourceCase): CaseContent & { id: string } {
  const { source: _source, ...fields } = c;
  return {
    subtitle: null, kind: 'case', municipalities: [], organisation: null, contacts: [],
    interventionType: null, economyBracket: null, economyText: null, purpose: null,
    targetGroupPrimary: null, targetGroupSecondary: null, arena: null, targetGroups: [],
    projectPeriod: null, preventionPackages: [], themes: [], keywords: [], description: null,
    materials: [], organisationAndPartners: null, recruitment: null, quotes: [], effect: null,
    evaluated: null, evaluationText: null, selfAssessment: { formaal: null, implementering: null },
    additionalComments: null, attentionPoints: null, barriers: null, facilitators: null,
    background: null, activities: null, expectedResults: null, actualResults: null, process: null,
    learnings: null, abstractType: null, relatedCaseIds: [], canonicalUrl: null,
    ...fields,
  };
}
