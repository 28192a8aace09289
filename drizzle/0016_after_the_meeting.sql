CREATE TABLE `handover_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`from_allocation_id` text NOT NULL,
	`young_person_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`written_at` integer NOT NULL,
	FOREIGN KEY (`from_allocation_id`) REFERENCES `allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handover_notes_allocation_idx` ON `handover_notes` (`from_allocation_id`);--> statement-breakpoint
CREATE INDEX `handover_notes_young_person_idx` ON `handover_notes` (`young_person_id`,`written_at`);--> statement-breakpoint
CREATE TABLE `meeting_feedback` (
	`meeting_id` text PRIMARY KEY NOT NULL,
	`decided` text NOT NULL,
	`views_counted` text NOT NULL,
	`agreed_requests` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`seen_at` integer,
	`listened_rating` integer,
	`rated_at` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_replies_meeting_idx` ON `meeting_replies` (`meeting_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `worker_hellos` (
	`allocation_id` text PRIMARY KEY NOT NULL,
	`young_person_id` text NOT NULL,
	`worker_id` text NOT NULL,
	`who_i_am` text DEFAULT '' NOT NULL,
	`how_to_reach` text DEFAULT '' NOT NULL,
	`when_we_meet` text DEFAULT '' NOT NULL,
	`written_at` integer,
	`met_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`allocation_id`) REFERENCES `allocations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `worker_hellos_worker_idx` ON `worker_hellos` (`worker_id`,`written_at`);--> statement-breakpoint
CREATE INDEX `worker_hellos_young_person_idx` ON `worker_hellos` (`young_person_id`);