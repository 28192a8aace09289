-- Two of the participation report's reads come from an index alone rather than a row of the
-- table for each: urgent statements with how soon each was acknowledged, and the allocations
-- with when each started (worker changes). Nothing is stored differently.
DROP INDEX `allocations_young_person_idx`;--> statement-breakpoint
CREATE INDEX `allocations_young_person_idx` ON `allocations` (`young_person_id`,`ended_at`,`started_at`);--> statement-breakpoint
DROP INDEX `statements_urgent_sent_idx`;--> statement-breakpoint
CREATE INDEX `statements_urgent_sent_idx` ON `statements` (`sent_at`,`young_person_id`,`acknowledged_at`,`out_of_hours`) WHERE urgent = 1;
