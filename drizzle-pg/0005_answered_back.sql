-- A statement waits for staff again when the young person answers back (or asks for a
-- correction) after it was answered or closed, until someone answers them: a new column, and
-- "still waiting" (statements/waiting.ts) and its index say so. Threads that had an answer and
-- whose last word is already the young person's wait from then.
DROP INDEX "statements_waiting_idx";--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "answered_back_at" timestamp with time zone;--> statement-breakpoint
UPDATE "statements" SET "answered_back_at" = (
	SELECT max(r.created_at) FROM replies r WHERE r.statement_id = "statements".id
) WHERE (
	SELECT r.author_id FROM replies r WHERE r.statement_id = "statements".id
	ORDER BY r.created_at DESC LIMIT 1
) = (SELECT y.user_id FROM young_people y WHERE y.id = "statements".young_person_id)
AND (first_replied_at IS NOT NULL OR closed_at IS NOT NULL
	OR EXISTS (SELECT 1 FROM outcomes o WHERE o.statement_id = "statements".id))
AND NOT EXISTS (
	SELECT 1 FROM outcomes o WHERE o.statement_id = "statements".id
	AND o.recorded_at >= (SELECT max(r.created_at) FROM replies r WHERE r.statement_id = "statements".id)
);--> statement-breakpoint
CREATE INDEX "statements_waiting_idx" ON "statements" USING btree ("young_person_id","first_read_at","urgent","kind","sent_at","first_replied_at","closed_at","answered_back_at") WHERE (closed_at is null and (first_replied_at is null or kind = 'make_a_change')) or answered_back_at is not null;