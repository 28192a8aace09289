-- Sign-in throttling and known places now keep a keyed hash of each network address and typed
-- name, never the text (ADR 43). What was kept as text is forgotten here: the counters start
-- afresh and each account's known places are learnt again at its next sign-in.
DELETE FROM `sign_in_places`;
--> statement-breakpoint
DELETE FROM `sign_in_throttle`;
