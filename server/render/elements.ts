/**
 * The widgets the server renders, from the same source as the browser bundle.
 * `dom.ts` first: the element modules need its shims when they load.
 */
import './dom.js';
import '../../src/elements/case-card/register.js';
import '../../src/elements/case-detail/register.js';
import '../../src/elements/case-list/register.js';
import '../../src/elements/comment-thread/register.js';
import '../../src/elements/contact-box/register.js';
// A case's scales: the browser loads their code when they near the screen, the server renders them with the case.
import '../../src/elements/rating-scale/register.js';
import { loadReadPath } from '../../src/elements/contact-box/contact-box.js';
import { loadCommentForm } from '../../src/elements/comment-thread/comment-thread.js';

// A contact box brings the code that reads its case only when it needs it (a box from attributes
// never does); the server renders at once, so that code is here before the first render.
await loadReadPath();
// The same for a thread's comment form (the browser loads it apart from the thread's code).
await loadCommentForm();

/** The elements a server render may start from (their children follow). */
export const RENDERABLE_TAGS = ['ck-case-detail', 'ck-case-card', 'ck-case-list', 'ck-contact-box', 'ck-comment-thread'] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];
