// The demo's moderator page: lists pending comments and cases and publishes,
// rejects or hides them through the moderation API. The token lives only in
// this module's memory; nothing is stored and no HTML is built from strings.
const api = '/api/v1';
let token = '';

const status = document.getElementById('status');
const say = (text) => {
  status.textContent = text;
};

async function call(method, path) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ?? `Serveren svarede ${response.status}`);
  return body;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function item(title, details, body, actions) {
  const box = element('article', undefined, { class: 'moderation-item' });
  box.append(element('h3', title), element('p', details));
  if (body) box.append(element('pre', body));
  for (const [label, run] of actions) {
    const button = element('button', label, { type: 'button' });
    button.addEventListener('click', async () => {
      try {
        await run();
        box.remove();
        say(`${label}: udført.`);
      } catch (error) {
        say(`Det lykkedes ikke: ${error.message}`);
      }
    });
    box.append(button, ' ');
  }
  return box;
}

async function load() {
  say('Henter …');
  const [comments, cases] = await Promise.all([call('GET', '/moderation/comments'), call('GET', '/moderation/cases')]);
  const commentList = document.getElementById('comments');
  const caseList = document.getElementById('cases');
  commentList.replaceChildren(
    ...comments.items.map((comment) =>
      item(
        `${comment.authorName} om ${comment.caseId}`,
        `${new Date(comment.createdAt).toLocaleString('da-DK')}${comment.section ? ` · afsnit: ${comment.section}` : ''}`,
        comment.text,
        [
          ['Godkend', () => call('POST', `/moderation/comments/${encodeURIComponent(comment.id)}/publish`)],
          ['Afvis', () => call('POST', `/moderation/comments/${encodeURIComponent(comment.id)}/reject`)],
        ],
      ),
    ),
  );
  caseList.replaceChildren(
    ...cases.items.map((entry) =>
      item(entry.title, `${entry.municipalities.join(', ')} · ${new Date(entry.createdAt).toLocaleString('da-DK')}`, '', [
        ['Udgiv', () => call('POST', `/moderation/cases/${encodeURIComponent(entry.id)}/publish`)],
        ['Afvis', () => call('POST', `/moderation/cases/${encodeURIComponent(entry.id)}/reject`)],
      ]),
    ),
  );
  if (!comments.items.length) commentList.replaceChildren(element('p', 'Ingen kommentarer venter.'));
  if (!cases.items.length) caseList.replaceChildren(element('p', 'Ingen cases venter.'));
  say(`${comments.items.length} kommentarer og ${cases.items.length} cases venter.`);
}

document.getElementById('login').addEventListener('submit', (event) => {
  event.preventDefault();
  token = new FormData(event.target).get('token');
  load().catch((error) => say(`Det lykkedes ikke: ${error.message}`));
});
