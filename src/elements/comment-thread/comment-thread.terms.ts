import { defineTerms } from '../../i18n/localize.js';
import { sectionNames } from '../case-detail/section-names.js';

const da = {
  count: (n: number) => (n === 1 ? '1 kommentar' : `${n} kommentarer`),
  heading: 'Kommentarer',
  sectionCount: (n: number, section: string) =>
    n === 1 ? `1 kommentar til »${section}«` : `${n} kommentarer til »${section}«`,
  empty: 'Der er ingen kommentarer endnu. Skriv den første.',
  sectionEmpty: 'Ingen feedback på dette afsnit endnu.',
  sort: 'Sortér',
  newest: 'Nyeste først',
  oldest: 'Ældste først',
  showMore: 'Vis flere kommentarer',
  showMoreReplies: (name: string) => `Vis flere svar på ${name}s kommentar`,
  reply: 'Svar',
  replyTo: (name: string) => `Svar til ${name}`,
  /** Read after the visible "Svar": the button's name is "Svar til Anna". */
  replyToRest: (name: string) => ` til ${name}`,
  cancel: 'Annullér',
  repliesTo: (name: string) => `Svar på ${name}s kommentar`,
  feedbackOn: (section: string) => `Feedback på »${section}«`,
  writeComment: 'Skriv en kommentar',
  name: 'Navn',
  email: 'E-mail (valgfri)',
  emailHint: 'Vises ikke offentligt. Kun redaktionen ser den, hvis de skal kontakte dig om kommentaren.',
  text: 'Kommentar',
  counter: (n: number, max: number) => `${n} af ${max} tegn`,
  post: 'Send kommentar',
  posting: 'Sender …',
  required: (field: string) => `Udfyld ${field.toLowerCase()}.`,
  badEmail: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
  tooLong: (max: number) => `Højst ${max} tegn.`,
  fixFields: 'Kommentaren blev ikke sendt. Ret de markerede felter.',
  postNetwork: 'Kommentaren blev ikke sendt, fordi der ikke er forbindelse til serveren. Din tekst er gemt her – prøv igen om lidt.',
  postTooMany: (seconds: number | undefined) =>
    seconds
      ? `Der er sendt for mange kommentarer på kort tid. Din tekst er gemt – prøv igen om ${seconds} sekunder.`
      : 'Der er sendt for mange kommentarer på kort tid. Din tekst er gemt – prøv igen om lidt.',
  postFailed: (reason: string) => `Kommentaren blev ikke sendt. ${reason} Din tekst er gemt her.`,
  posted: 'Tak! Din kommentar er offentliggjort.',
  pending: 'Din kommentar afventer godkendelse',
  pendingPosted: 'Tak! Din kommentar afventer godkendelse, før andre kan se den.',
  draftRestored: 'Vi har gendannet det, du skrev sidst.',
  loadError: 'Kommentarerne kunne ikke hentes.',
  website: 'Hjemmeside (lad feltet være tomt)',
  follow: 'Følg denne case',
  followIntro: 'Få en e-mail, når der kommer nye kommentarer. Du kan altid afmelde dig igen.',
  followEmail: 'Din e-mail',
  followSubmit: 'Følg',
  followDone: 'Tjek din e-mail for at bekræfte',
  followDoneText: 'Vi har sendt en e-mail med et link. Du følger casen, når du har klikket på det.',
  followFailed: (reason: string) => `Det lykkedes ikke. ${reason}`,
  followMissing: 'Tilmeldingen kunne ikke hentes. Tjek din internetforbindelse, og tryk på knappen igen.',
  giveFeedback: 'Giv feedback',
  giveFeedbackOn: (section: string) => ` på »${section}«`,
  /** "Giv feedback" pressed, and the form's code could not be fetched (offline, a blocked CDN). */
  feedbackUnavailable: 'Feedbackfeltet kunne ikke hentes. Tjek forbindelsen, og tryk på »Giv feedback« igen.',
  /** The comment form's code could not be fetched (offline, a blocked CDN). */
  formMissing: 'Kommentarfeltet kunne ikke hentes.',
  /** The section names as the case page shows them. */
  sections: sectionNames.da,
};

/** The Danish words' shape; the English words (`comment-thread.terms.en.ts`) have the same keys. */
export type CommentThreadTerms = typeof da;

/** English loads only for an element whose language is English (see `defineTerms`). */
export const commentThreadTerms = defineTerms<CommentThreadTerms>(da, () => import('./comment-thread.terms.en.js'));

