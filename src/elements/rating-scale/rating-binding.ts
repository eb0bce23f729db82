import { html, nothing, type ReactiveController } from 'lit';
import type { RatingSummary } from '../../api/types.js';
import { fetchRatings, sendVote } from '../../api/community.js';
import type { ApiError } from '../../api/error.js';
import { renderLoadError } from '../../api/load-error.js';
import { renderLoading } from '../../api/load-state.js';
import { voteToken } from '../../internal/device-storage.js';
import { reportLoadFailure } from '../../internal/diagnostics.js';
import type { CkRatingScale } from './rating-scale.js';

type VoteState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'retrying'; seconds: number } | { kind: 'failed' };

/** Waits before retrying a failed vote: 2 s, 5 s, 15 s, then the reader decides. */
const RETRY_DELAYS = [2, 5, 15];

/**
 * How long a keyboard reader may rest on an answer while browsing with the
 * arrows before it counts as their vote (leaving the scale, Space or Enter
 * cast it at once).
 */
export const BROWSE_PAUSE_MS = 2500;

/**
 * A rating scale bound to a case: loads the owner's answer and the readers'
 * distribution, records the reader's vote, and retries a failed vote, saying
 * so. One deliberate choice is one vote: a click, Space or Enter casts it;
 * arrow keys only browse, and the answer the reader rests on is cast when they
 * leave the scale or pause. Only the latest choice is ever sent, and none when
 * it equals the vote already saved — so browsing neither floods the status
 * region nor spends the reader's write budget.
 */
export class RatingBinding implements ReactiveController {
  summary?: RatingSummary;
  private loadState: 'idle' | 'pending' | 'ready' | 'error' = 'idle';
  private loadError?: ApiError;
  private loadAbort?: AbortController;
  private voteState: VoteState = { kind: 'idle' };
  private wanted?: number;
  private sending = false;
  private attempt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** What the read on its way is for (API, case, question). */
  private loadKey?: string;
  private pauseTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: CkRatingScale) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.loadAbort?.abort();
    // A choice waiting for its pause is the reader's last word when the scale goes away (e.g. navigation).
    const waiting = this.wanted !== undefined && this.voteState.kind !== 'retrying' && this.voteState.kind !== 'failed';
    this.stopTimers();
    if (waiting) void this.flush();
  }

  hostConnected(): void {
    if (this.host.bound && this.loadState === 'idle') this.load();
  }

  load(): void {
    const { caseId, question } = this.host;
    // Connecting and the first update both ask: the read on its way already is the one wanted
    // (aborting it would only send the same request again).
    const key = `${this.host.client.baseUrl} ${caseId} ${question}`;
    if (this.loadState === 'pending' && key === this.loadKey && this.loadAbort?.signal.aborted === false && this.host.isConnected) return;
    this.loadKey = key;
    this.loadAbort?.abort();
    if (!this.host.bound || !this.host.isConnected) {
      this.loadState = 'idle';
      return;
    }
    const controller = new AbortController();
    this.loadAbort = controller;
    this.loadState = 'pending';
    this.host.requestUpdate();
    // Server-rendered ratings from an old embed load again when the server has newer ones.
    fetchRatings(this.host.client, caseId, voteToken(caseId, false), this.host.uiLang, controller.signal, () => this.load()).then(
      (ratings) => {
        if (controller.signal.aborted) return;
        this.summary = ratings.questions.find((q) => q.question === question);
        this.loadState = 'ready';
        this.host.requestUpdate();
      },
      (error: ApiError) => {
        if (controller.signal.aborted) return;
        this.loadError = error;
        this.loadState = 'error';
        reportLoadFailure(this.host, this.host.client.baseUrl, error, caseId);
        this.host.requestUpdate();
      },
    );
  }

  /** The reader chose `value`: cast now when `settled`, else after a pause (see BROWSE_PAUSE_MS). */
  vote(value: number, settled: boolean): void {
    this.wanted = value;
    this.attempt = 0;
    this.stopTimers();
    if (settled) void this.flush();
    else this.pauseTimer = setTimeout(() => void this.flush(), BROWSE_PAUSE_MS);
  }

  /** The reader settled (left the scale, pressed Enter): cast the choice that waits, if any. */
  commit(): void {
    if (this.wanted === undefined || this.voteState.kind === 'retrying') return;
    this.stopTimers();
    void this.flush();
  }

  private async flush(): Promise<void> {
    clearTimeout(this.pauseTimer);
    if (this.sending || this.wanted === undefined) return;
    const value = this.wanted;
    if (value === this.summary?.yourVote) {
      // Browsed back to the vote already saved: nothing to send.
      this.wanted = undefined;
      return;
    }
    const { caseId, question } = this.host;
    const token = voteToken(caseId, true);
    if (!token || !question) return;
    this.sending = true;
    this.setVoteState({ kind: 'saving' });
    try {
      const summary = await sendVote(this.host.client, caseId, question, value, token, this.host.uiLang);
      this.summary = summary;
      if (this.wanted === value) {
        this.wanted = undefined;
        this.setVoteState({ kind: 'saved' });
        this.host.emit('ck-vote', { caseId, question, value, summary });
      }
    } catch (error) {
      this.scheduleRetry(error as ApiError);
    } finally {
      this.sending = false;
    }
    if (this.wanted !== undefined && this.wanted !== value && this.voteState.kind !== 'retrying') void this.flush();
  }

  private scheduleRetry(error: ApiError): void {
    // A refused vote (4xx: a wrong case id or address) would be refused again: say so, and leave it to the reader.
    const delay = error.retryable ? (error.retryAfter ?? RETRY_DELAYS[this.attempt]) : undefined;
    this.attempt += 1;
    if (delay === undefined || this.attempt > RETRY_DELAYS.length) {
      this.setVoteState({ kind: 'failed' });
      return;
    }
    // Said once: a status region rewritten every second would be read out every second.
    this.setVoteState({ kind: 'retrying', seconds: Math.max(1, Math.ceil(delay)) });
    this.retryTimer = setTimeout(() => {
      this.stopTimers();
      void this.flush();
    }, delay * 1000);
  }

  /** The "Prøv igen" button: send the latest choice now. */
  private retryNow = (): void => {
    this.stopTimers();
    this.attempt = 0;
    void this.flush();
  };

  private stopTimers(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.pauseTimer);
  }

  private setVoteState(state: VoteState): void {
    this.voteState = state;
    this.host.requestUpdate();
  }

  private get statusText(): string {
    const terms = this.host.localizeTerms;
    switch (this.voteState.kind) {
      case 'saving':
        return terms.saving;
      case 'saved':
        return terms.saved;
      case 'retrying':
        return terms.retrying(this.voteState.seconds);
      case 'failed':
        return terms.failed;
      default:
        return '';
    }
  }

  /** Where the load stands: `idle` and `pending` show nothing yet. */
  get state(): 'idle' | 'pending' | 'ready' | 'error' {
    return this.loadState;
  }

  /** Nothing to show yet: the scale holds the space its answers will take. */
  get pending(): boolean {
    return this.loadState === 'pending' || this.loadState === 'idle';
  }

  render() {
    const terms = this.host.localizeTerms;
    if (this.pending) {
      return html`<div class="placeholder">${renderLoading(this.host.uiLang, 4)}</div>`;
    }
    if (this.loadState === 'error') {
      return renderLoadError(this.loadError!, this.host.uiLang, terms.loadError, () => this.load());
    }
    const summary = this.summary;
    const canRetry = this.voteState.kind === 'retrying' || this.voteState.kind === 'failed';
    return html`
      ${this.host.readonly
        ? nothing
        : html`<div class="status">
            <span part="status" role="status">${this.statusText}</span>
            ${canRetry ? html`<button type="button" @click=${this.retryNow}>${terms.retry}</button>` : nothing}
          </div>`}
      ${summary
        ? html`<p class="readers">${summary.ownerAnswer ? terms.ownerAnswerIs(this.host.answerLabels[summary.ownerAnswer - 1] ?? '') : terms.noOwnerAnswer}</p>
            ${this.host.renderDistribution(summary.ownerAnswer, summary.distribution, summary.yourVote)}`
        : nothing}
    `;
  }
}
