// Comments on the desk, each in its thread: what it answers above it, its replies below.
import { call, q } from './api.js';
import { h, when } from './dom.js';

const line = (c, cls) =>
  h('li', { class: cls }, h('p', { class: 'meta' }, `${c.authorName} · ${when(c.createdAt)}${c.status !== 'published' ? ` · ${STATUS[c.status]}` : ''}`), h('p', { class: 'text' }, c.text));

const STATUS = { pending: 'venter', published: 'offentlig', rejected: 'afvist', hidden: 'skjult' };

export async function commentItem(item, ctx) {
  const { ancestors, replies } = await call('GET', `/moderation/comments/${q(item.id)}`);
  const box = h('article', { class: 'desk-item', 'aria-labelledby': `comment-${item.id}` });
  const decide = (action, done) => async () => {
    try {
      await call('POST', `/moderation/comments/${q(item.id)}/${action}`, {});
      box.replaceChildren(h('p', { class: 'done' }, `Kommentaren fra ${item.authorName} ${done}.`));
      ctx.changed(`Kommentaren fra ${item.authorName} ${done}.`);
    } catch (error) {
      ctx.say(error.message);
    }
  };
  box.append(
    h('h3', { id: `comment-${item.id}` }, `${item.authorName} om "${item.caseTitle}"`),
    h('p', { class: 'meta' }, `${when(item.createdAt)} · ${item.email ? `e-mail: ${item.email}` : 'ingen e-mail'}${item.section ? ` · feedback til afsnittet "${item.section}"` : ''}`),
    h(
      'ol',
      { class: 'thread', 'aria-label': 'Kommentaren i sin tråd' },
      ...ancestors.map((c) => line(c, 'context')),
      line(item, 'current'),
      ...replies.map((c) => line(c, 'context reply')),
    ),
    h(
      'div',
      { class: 'actions' },
      item.status === 'published'
        ? h('button', { type: 'button', onclick: decide('hide', 'er skjult') }, 'Skjul kommentaren')
        : [h('button', { type: 'button', class: 'primary', onclick: decide('publish', 'er offentliggjort') }, 'Godkend'), ' ', h('button', { type: 'button', onclick: decide('reject', 'er afvist') }, 'Afvis')],
    ),
  );
  return box;
}
