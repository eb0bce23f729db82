/** The desk's e-mails, in the submitter's language (Danish unless they wrote in English). */
import type { Lang } from '../http/problem.js';

export function rejectionMail(lang: Lang, title: string, reason: string) {
  return lang === 'en'
    ? {
        subject: `Your case "${title}" was not published`,
        body: [
          `Thank you for sending the case "${title}" to the case bank.`,
          '',
          'The editors have decided not to publish it, for this reason:',
          '',
          reason,
          '',
          'You are welcome to send the case again with changes.',
        ].join('\n'),
      }
    : {
        subject: `Din case "${title}" er ikke blevet offentliggjort`,
        body: [
          `Tak, fordi du sendte casen "${title}" til casebanken.`,
          '',
          'Redaktionen har besluttet ikke at offentliggøre den med denne begrundelse:',
          '',
          reason,
          '',
          'Du er velkommen til at sende casen igen med ændringer.',
        ].join('\n'),
      };
}

export interface WaitingWork {
  pendingCases: number;
  pendingComments: number;
  openProposals: number;
  oldest: { kind: 'case' | 'comment'; id: string; title: string; createdAt: string } | null;
}

/** One digest of what waits, for the moderators (who read Danish on a Danish desk). */
export function digestMail(work: WaitingWork, deskUrl: string) {
  const lines = [
    'Der venter arbejde i casebankens moderation:',
    '',
    `- ${work.pendingCases} ${work.pendingCases === 1 ? 'case' : 'cases'} venter på at blive læst og udgivet eller afvist`,
    `- ${work.pendingComments} ${work.pendingComments === 1 ? 'kommentar' : 'kommentarer'} venter på godkendelse`,
  ];
  if (work.openProposals) lines.push(`- ${work.openProposals} forslag til nye temaer eller målgrupper venter på en afgørelse`);
  if (work.oldest) {
    const when = new Date(work.oldest.createdAt).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });
    lines.push('', `Det ældste (${work.oldest.kind === 'case' ? 'casen' : 'en kommentar til'} "${work.oldest.title}") har ventet siden ${when}.`);
  }
  lines.push('', `Åbn moderationssiden: ${deskUrl}`, '', 'Du får højst én sådan e-mail ad gangen, og kun når der er kommet noget nyt.');
  return { subject: `Casebanken: ${work.pendingCases + work.pendingComments} ting venter på moderation`, body: lines.join('\n') };
}
