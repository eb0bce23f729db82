import type { QuestionKey, RatingSummary, ScaleValue } from '../../contract/index.js';
import type { Queryable } from '../db/db.js';
import { QUESTION_KEYS, QUESTIONS } from '../../contract/index.js';

/** One vote per token, and one per address hash: a new token from the same address replaces that address's vote. */
export async function upsertVote(db: Queryable, caseId: string, question: QuestionKey, tokenHash: string, value: number, addressHash: string) {
  await db.query(`DELETE FROM votes WHERE case_id = $1 AND question = $2 AND address_hash = $3 AND token_hash <> $4`, [
    caseId,
    question,
    addressHash,
    tokenHash,
  ]);
  await db.query(
    `INSERT INTO votes (case_id, question, token_hash, value, address_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id, question, token_hash) DO UPDATE SET value = EXCLUDED.value, address_hash = EXCLUDED.address_hash, updated_at = now()`,
    [caseId, question, tokenHash, value, addressHash],
  );
}

export async function ratingSummaries(
  db: Queryable,
  caseId: string,
  lang: 'da' | 'en',
  tokenHash?: string,
): Promise<RatingSummary[]> {
  const [owner] = await db.query<{ sa: { formaal?: ScaleValue | null; implementering?: ScaleValue | null } | null }>(
    `SELECT content -> 'selfAssessment' AS sa FROM cases WHERE id = $1`,
    [caseId],
  );
  const counts = await db.query<{ question: QuestionKey; value: number; n: number }>(
    `SELECT question, value::int AS value, count(*)::int AS n FROM votes WHERE case_id = $1 GROUP BY question, value`,
    [caseId],
  );
  const mine = tokenHash
    ? await db.query<{ question: QuestionKey; value: ScaleValue }>(
        `SELECT question, value::int AS value FROM votes WHERE case_id = $1 AND token_hash = $2`,
        [caseId, tokenHash],
      )
    : [];
  return QUESTION_KEYS.map((question) => {
    const distribution = [0, 0, 0, 0];
    for (const c of counts) if (c.question === question) distribution[c.value - 1] = c.n;
    const summary: RatingSummary = {
      question,
      label: QUESTIONS[question][lang],
      ownerAnswer: owner?.sa?.[question] ?? null,
      distribution,
      count: distribution.reduce((a, b) => a + b, 0),
    };
    if (tokenHash) summary.yourVote = mine.find((m) => m.question === question)?.value ?? null;
    return summary;
  });
}
