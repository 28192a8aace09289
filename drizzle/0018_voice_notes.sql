CREATE TABLE `draft_voice_notes` (
	`young_person_id` text NOT NULL,
	`template_id` text NOT NULL,
	`question_id` text NOT NULL,
	`content_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`size` integer NOT NULL,
	`duration_ms` integer,
	`digest` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`young_person_id`, `template_id`, `question_id`),
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `statement_voice_notes` (
	`statement_id` text NOT NULL,
	`question_id` text NOT NULL,
	`content_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`size` integer NOT NULL,
	`duration_ms` integer,
	`digest` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `question_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
