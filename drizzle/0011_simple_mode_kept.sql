ALTER TABLE `statements` ADD `simple_mode` integer;--> statement-breakpoint
-- A form filled in with a worker (co-use) is always the full one.
UPDATE `statements` SET `simple_mode` = 0 WHERE `completed_with_worker_id` IS NOT NULL;
