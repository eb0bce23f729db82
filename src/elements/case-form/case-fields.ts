import { ECONOMY_BRACKETS } from '../../../contract/index.js';
import type { NewCase, ScaleValue } from '../../api/types.js';
import type { CaseFormTerms } from './case-form.terms.js';

type FieldLabel = keyof CaseFormTerms['fields'];

export interface CaseField {
  /** The server's field path (`title`, `contacts.0.email`), also the key of its value and error. */
  key: string;
  label: FieldLabel;
  /** `vocabulary`: values in use to choose from, and proposals (`proposedX`) beside them. */
  kind: 'text' | 'textarea' | 'email' | 'tel' | 'url' | 'select' | 'rating' | 'vocabulary';
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  hint?: FieldLabel;
  /** A select's options: a term, or (no label) the value itself as an amount bracket. */
  options?: { value: string; label?: FieldLabel }[];
  /** For `vocabulary`: which facet of the case bank it chooses from, and where proposals go. */
  vocabulary?: { facet: 'theme' | 'targetGroup'; proposedKey: string; proposeLabel: FieldLabel; hintKey: FieldLabel };
  autocomplete?: string;
}

export interface CaseSectionDef {
  id: keyof CaseFormTerms['sections'];
  fields: CaseField[];
}

const yesNo: CaseField['options'] = [
  { value: '', label: 'notGiven' },
  { value: 'true', label: 'yes' },
  { value: 'false', label: 'no' },
];

/** The fields a case has (NewCase in the API), in the order of the case page. */
export const CASE_FORM_SECTIONS: CaseSectionDef[] = [
  {
    id: 'about',
    fields: [
      { key: 'title', label: 'title', kind: 'text', required: true, minLength: 3, maxLength: 200 },
      { key: 'subtitle', label: 'subtitle', kind: 'text', maxLength: 300 },
      { key: 'municipalities', label: 'municipalities', kind: 'text', required: true, hint: 'municipalitiesHint' },
      { key: 'organisation', label: 'organisation', kind: 'text', maxLength: 200 },
      {
        key: 'interventionType',
        label: 'interventionType',
        kind: 'select',
        required: true,
        options: [
          { value: '', label: 'choose' },
          { value: 'projekt', label: 'projekt' },
          { value: 'permanent', label: 'permanent' },
        ],
      },
      { key: 'projectPeriod', label: 'projectPeriod', kind: 'text', maxLength: 200 },
      {
        key: 'economyBracket',
        label: 'economyBracket',
        kind: 'select',
        options: [{ value: '', label: 'notGiven' }, ...ECONOMY_BRACKETS.map((value) => ({ value }))],
      },
      { key: 'economyText', label: 'economyText', kind: 'textarea', maxLength: 5000, hint: 'economyTextHint' },
      { key: 'canonicalUrl', label: 'canonicalUrl', kind: 'url', hint: 'canonicalUrlHint', maxLength: 2000 },
    ],
  },
  {
    id: 'purpose',
    fields: [
      { key: 'purpose', label: 'purpose', kind: 'textarea' },
      { key: 'targetGroupPrimary', label: 'targetGroupPrimary', kind: 'textarea', maxLength: 2000 },
      { key: 'targetGroupSecondary', label: 'targetGroupSecondary', kind: 'textarea', maxLength: 2000 },
      { key: 'arena', label: 'arena', kind: 'text', maxLength: 2000 },
      {
        key: 'targetGroups',
        label: 'targetGroups',
        kind: 'vocabulary',
        vocabulary: { facet: 'targetGroup', proposedKey: 'proposedTargetGroups', proposeLabel: 'proposeTargetGroup', hintKey: 'targetGroupsHint' },
      },
      {
        key: 'themes',
        label: 'themes',
        kind: 'vocabulary',
        vocabulary: { facet: 'theme', proposedKey: 'proposedThemes', proposeLabel: 'proposeTheme', hintKey: 'themesHint' },
      },
    ],
  },
  {
    id: 'intervention',
    fields: [
      { key: 'description', label: 'description', kind: 'textarea' },
      { key: 'organisationAndPartners', label: 'organisationAndPartners', kind: 'textarea' },
      { key: 'recruitment', label: 'recruitment', kind: 'textarea' },
      { key: 'materials.0.title', label: 'materialTitle', kind: 'text', maxLength: 300 },
      { key: 'materials.0.url', label: 'materialUrl', kind: 'url', hint: 'materialUrlHint', maxLength: 2000 },
    ],
  },
  {
    id: 'results',
    fields: [
      { key: 'effect', label: 'effect', kind: 'textarea' },
      { key: 'evaluated', label: 'evaluated', kind: 'select', options: yesNo },
      { key: 'evaluationText', label: 'evaluationText', kind: 'textarea' },
      { key: 'selfAssessment.formaal', label: 'formaal', kind: 'rating' },
      { key: 'selfAssessment.implementering', label: 'implementering', kind: 'rating' },
    ],
  },
  {
    id: 'learnings',
    fields: [
      { key: 'attentionPoints', label: 'attentionPoints', kind: 'textarea' },
      { key: 'barriers', label: 'barriers', kind: 'textarea' },
      { key: 'facilitators', label: 'facilitators', kind: 'textarea' },
    ],
  },
  {
    id: 'contact',
    fields: [
      { key: 'contacts.0.name', label: 'contactName', kind: 'text', required: true, maxLength: 120, autocomplete: 'name' },
      { key: 'contacts.0.jobTitle', label: 'contactJobTitle', kind: 'text', maxLength: 120, autocomplete: 'organization-title' },
      { key: 'contacts.0.department', label: 'contactDepartment', kind: 'text', maxLength: 200 },
      { key: 'contacts.0.phone', label: 'contactPhone', kind: 'tel', maxLength: 40, autocomplete: 'tel' },
      { key: 'contacts.0.email', label: 'contactEmail', kind: 'email', maxLength: 200, autocomplete: 'email' },
    ],
  },
  {
    id: 'submitter',
    // The reader's own address, so the browser may fill it in (WCAG 1.3.5).
    fields: [{ key: 'submitterEmail', label: 'submitterEmail', kind: 'email', hint: 'submitterEmailHint', maxLength: 200, autocomplete: 'email' }],
  },
];

export const ALL_FIELDS = CASE_FORM_SECTIONS.flatMap((s) => s.fields);

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
/** The values chosen in a vocabulary field, kept one per line in the form's string values. */
export const chosenOf = (value: string | undefined) =>
  (value ?? '')
    .split('\n')
    .map((v) => v.trim())
    .filter(Boolean);
const scale = (value: string | undefined) => (value ? (Number(value) as ScaleValue) : null);

/** The form's values as the API's NewCase. */
export function toNewCase(values: Record<string, string>, website: string): NewCase {
  const v = (key: string) => values[key];
  const materialTitle = text(v('materials.0.title'));
  const materialUrl = text(v('materials.0.url'));
  return {
    title: v('title')?.trim() ?? '',
    subtitle: text(v('subtitle')),
    municipalities: list(v('municipalities')),
    organisation: text(v('organisation')),
    interventionType: text(v('interventionType')) as NewCase['interventionType'],
    projectPeriod: text(v('projectPeriod')),
    economyBracket: text(v('economyBracket')) as NewCase['economyBracket'],
    economyText: text(v('economyText')),
    purpose: text(v('purpose')),
    targetGroupPrimary: text(v('targetGroupPrimary')),
    targetGroupSecondary: text(v('targetGroupSecondary')),
    arena: text(v('arena')),
    themes: chosenOf(v('themes')),
    proposedThemes: list(v('proposedThemes')),
    targetGroups: chosenOf(v('targetGroups')),
    proposedTargetGroups: list(v('proposedTargetGroups')),
    description: text(v('description')),
    organisationAndPartners: text(v('organisationAndPartners')),
    recruitment: text(v('recruitment')),
    materials: materialTitle || materialUrl ? [{ title: materialTitle ?? materialUrl ?? '', url: materialUrl }] : [],
    canonicalUrl: text(v('canonicalUrl')),
    effect: text(v('effect')),
    evaluated: v('evaluated') === 'true' ? true : v('evaluated') === 'false' ? false : null,
    evaluationText: text(v('evaluationText')),
    selfAssessment: { formaal: scale(v('selfAssessment.formaal')), implementering: scale(v('selfAssessment.implementering')) },
    attentionPoints: text(v('attentionPoints')),
    barriers: text(v('barriers')),
    facilitators: text(v('facilitators')),
    contacts: [
      {
        name: v('contacts.0.name')?.trim() ?? '',
        jobTitle: text(v('contacts.0.jobTitle')),
        department: text(v('contacts.0.department')),
        organisation: text(v('organisation')),
        phone: text(v('contacts.0.phone')),
        email: text(v('contacts.0.email')),
      },
    ],
    ...(text(v('submitterEmail')) ? { submitterEmail: text(v('submitterEmail'))! } : {}),
    ...(website ? { website } : {}),
  };
}
