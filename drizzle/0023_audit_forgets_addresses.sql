-- The audit log no longer keeps network addresses, or the text typed into a failed sign-in (it
-- can be a password typed in the wrong box). What was kept before is forgotten once, here: the
-- append-only rule is lifted for this one update and put back as it was (ADR 41).
DROP TRIGGER IF EXISTS `audit_events_no_update`;
--> statement-breakpoint
UPDATE `audit_events` SET `address` = NULL WHERE `address` IS NOT NULL;
--> statement-breakpoint
UPDATE `audit_events` SET `detail` = json_remove(`detail`, '$.name')
WHERE `action` = 'sign_in_failed' AND json_extract(`detail`, '$.name') IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only');
END;
