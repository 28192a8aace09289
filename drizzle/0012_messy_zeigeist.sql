CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`young_person_id` text NOT NULL,
	`kind` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`sent_to` text NOT NULL,
	`reply_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_young_person_idx` ON `complaints` (`young_person_id`);--> statement-breakpoint
CREATE INDEX `complaints_created_idx` ON `complaints` (`created_at`);