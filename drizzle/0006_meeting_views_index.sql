DROP INDEX `statements_meeting_idx`;--> statement-breakpoint
CREATE INDEX `statements_meeting_idx` ON `statements` (`meeting_id`,`kind`,`sent_at`);