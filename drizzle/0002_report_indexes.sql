CREATE INDEX `statements_kind_sent_idx` ON `statements` (`kind`,`sent_at`);--> statement-breakpoint
CREATE INDEX `statements_urgent_sent_idx` ON `statements` (`sent_at`) WHERE urgent = 1;