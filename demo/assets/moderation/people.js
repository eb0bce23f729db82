// A reader's data: find everything about one e-mail address, hand it over as JSON, erase it.
import { call, q } from './api.js';
import { h, when } from './dom.js';

export function peopleSection(ctx) {
  const input = h('input', { id: 'person-email', type: 'email', autocomplete: 'off', required: true });
  const result = h('div', { class: 'person' });
  const form = h('form', { class: 'find-person' }, h('label', { for: 'person-email' }, 'E-mailadresse'), input, h('button', { type: 'submit' }, 'Find alt om adressen'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = input.value.trim();
    try {
      show(email, await call('GET', `/moderation/people?email=${q(email)}`));
    } catch (error) {
      result.replaceChildren(h('p', { role: 'alert' }, error.message));
    }
  });

  function show(email, data) {
    const total = data.comments.length + data.follows.length + data.submittedCases.length + data.messages.length;
    const list = (heading, items, text) => (items.length ? [h('h4', {}, heading), h('ul', {}, ...items.map((i) => h('li', {}, text(i))))] : []);
    const download = h('button', { type: 'button' }, 'Hent som JSON-fil');
    download.addEventListener('click', async () => {
      try {
        const file = await call('GET', `/moderation/people/export?email=${q(email)}`);
        const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
        const link = h('a', { href: url, download: 'casekit-persondata.json' });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (error) {
        ctx.say(error.message);
      }
    });
    const keep = h('input', { type: 'radio', name: 'comments', id: 'erase-anonymise', value: 'anonymise', checked: true });
    const remove = h('input', { type: 'radio', name: 'comments', id: 'erase-delete', value: 'delete' });
    const erase = h(
      'form',
      { class: 'erase' },
      h(
        'fieldset',
        {},
        h('legend', {}, 'Kommentarerne'),
        h('div', {}, keep, h('label', { for: 'erase-anonymise' }, 'Behold teksten uden navn og e-mail (anonymisér)')),
        h('div', {}, remove, h('label', { for: 'erase-delete' }, 'Slet dem (svar fra andre bliver stående)')),
      ),
      h('button', { type: 'submit', class: 'danger' }, `Slet alt om ${email}`),
    );
    erase.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!window.confirm(`Slette alt om ${email}? Det kan ikke fortrydes.`)) return;
      try {
        const done = await call('POST', '/moderation/people/erase', { email, comments: remove.checked ? 'delete' : 'anonymise' });
        result.replaceChildren(
          h('p', { role: 'status' }, `Slettet: ${done.commentsDeleted} kommentarer slettet, ${done.commentsAnonymised} anonymiseret, ${done.followsRemoved} tilmeldinger og ${done.messagesRemoved} e-mails fjernet, adressen fjernet fra ${done.casesCleared} cases.`),
        );
        ctx.changed('Persondata er slettet.');
      } catch (error) {
        ctx.say(error.message);
      }
    });
    result.replaceChildren(
      h('p', { role: 'status' }, total ? `Der er ${total} ting om ${data.email}.` : `Der er intet om ${data.email}.`),
      ...list('Kommentarer', data.comments, (c) => `${when(c.createdAt)} til "${c.caseTitle}" som ${c.authorName}: ${c.text}`),
      ...list('Følger cases', data.follows, (f) => `"${f.caseTitle}" (${f.status === 'confirmed' ? 'bekræftet' : f.status === 'pending' ? 'ikke bekræftet' : 'afmeldt'})`),
      ...list('Indsendte cases', data.submittedCases, (c) => `"${c.title}" (${when(c.createdAt)})`),
      ...list('E-mails til adressen', data.messages, (m) => `${m.subject} (${m.sentAt ? `sendt ${when(m.sentAt)}` : 'ikke sendt'})`),
      total ? h('div', { class: 'actions' }, download) : null,
      total ? erase : null,
    );
  }
  return [h('p', {}, 'En læser kan bede om at se eller få slettet det, casebanken har gemt om dem. Sletningen skrives i loggen uden adressen.'), form, result];
}
