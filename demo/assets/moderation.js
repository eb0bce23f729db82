// The demo's moderation page: what waits (cases shown exactly as they will be published,
// comments in their thread), corrections, decisions with reasons, the vocabulary, a reader's
// data and the audit log — in plain Danish, through the moderation API. The moderator's key
// lives only in this page's memory; nothing is stored and no HTML is built from strings.
import { call, DeskError, publicGet, setToken } from './moderation/api.js';
import { auditTable } from './moderation/audit.js';
import { caseItem } from './moderation/cases.js';
import { commentItem } from './moderation/comments.js';
import { h, waited, when } from './moderation/dom.js';
import { peopleSection } from './moderation/people.js';
import { vocabularySection } from './moderation/vocabulary.js';

const $ = (id) => document.getElementById(id);
const status = $('status');
const say = (text) => {
  status.textContent = text;
};

const ctx = {
  say,
  brackets: [],
  vocabulary: { themes: [], targetGroups: [] },
  /** After a decision: say what happened and bring the counts and lists up to date. */
  changed: (text) => {
    say(text);
    void load(text);
  },
};

async function fixedBrackets() {
  if (ctx.brackets.length) return;
  const doc = await publicGet('/openapi.json');
  ctx.brackets = doc.components?.schemas?.EconomyBracket?.enum ?? [];
}

function overview(work) {
  const waiting = work.pendingCases + work.pendingComments;
  $('overview').replaceChildren(
    h('p', {}, `Du er logget ind som ${work.moderator.name}.`),
    h(
      'ul',
      { class: 'counts' },
      h('li', {}, h('strong', {}, String(work.pendingCases)), work.pendingCases === 1 ? ' case venter' : ' cases venter'),
      h('li', {}, h('strong', {}, String(work.pendingComments)), work.pendingComments === 1 ? ' kommentar venter' : ' kommentarer venter'),
      h('li', {}, h('strong', {}, String(work.openProposals)), work.openProposals === 1 ? ' forslag til temaer og målgrupper' : ' forslag til temaer og målgrupper'),
    ),
    work.oldest
      ? h('p', {}, `Det ældste, der venter, er ${work.oldest.kind === 'case' ? 'casen' : 'en kommentar til'} "${work.oldest.title}" fra ${when(work.oldest.createdAt)} (${waited(work.oldest.createdAt)}).`)
      : h('p', {}, waiting ? '' : 'Intet venter lige nu.'),
  );
}

async function load(message) {
  if (!message) say('Henter …');
  const [work, cases, comments, published, vocabulary, audit] = await Promise.all([
    call('GET', '/moderation/summary'),
    call('GET', '/moderation/cases?status=pending'),
    call('GET', '/moderation/comments?status=pending'),
    call('GET', '/moderation/cases?status=published&limit=20'),
    call('GET', '/moderation/vocabulary'),
    call('GET', '/moderation/audit?limit=50'),
    fixedBrackets(),
  ]);
  ctx.vocabulary = vocabulary;
  overview(work);
  $('cases').replaceChildren(...(cases.items.length ? cases.items.map((c) => caseItem(c, ctx)) : [h('p', {}, 'Ingen cases venter.')]));
  const commentItems = await Promise.all(comments.items.map((c) => commentItem(c, ctx)));
  $('comments').replaceChildren(...(commentItems.length ? commentItems : [h('p', {}, 'Ingen kommentarer venter.')]));
  $('published').replaceChildren(...published.items.map((c) => caseItem(c, ctx, true)));
  $('vocabulary').replaceChildren(...vocabularySection(vocabulary, ctx));
  $('audit').replaceChildren(auditTable(audit.items));
  $('desk').hidden = false;
  if (!message) say(`Opdateret ${when(new Date().toISOString())}.`);
}

$('people').replaceChildren(...peopleSection(ctx));

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  setToken(new FormData(event.target).get('token') ?? '');
  load().catch((error) => {
    $('desk').hidden = true;
    if (error instanceof DeskError && error.status === 401) say('Nøglen passer ikke til nogen moderator. Tjek, at du har indsat hele nøglen, eller få en ny af den, der driver casebanken.');
    else say(error.message);
  });
});

$('refresh').addEventListener('click', () => load().catch((error) => say(error.message)));
