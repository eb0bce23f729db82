-- Threads are read a level at a time (replies of these comments, oldest first), never whole.
CREATE INDEX comments_parent ON comments (parent_id, created_at, id);

-- Threads go at most 6 levels deep (server/queries/comments.ts, MAX_THREAD_DEPTH). A reply stored
-- deeper before the limit existed moves up beside the comment at the deepest level: under that
-- comment's parent (path[6] is the ancestor at depth 5), so every reply stays readable.
WITH RECURSIVE t AS (
  SELECT id, 0 AS depth, ARRAY[id] AS path FROM comments WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, t.depth + 1, t.path || c.id FROM comments c JOIN t ON c.parent_id = t.id
)
UPDATE comments SET parent_id = t.path[6] FROM t WHERE comments.id = t.id AND t.depth > 6;
