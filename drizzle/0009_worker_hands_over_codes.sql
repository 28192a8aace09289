ALTER TABLE `activation_codes` ADD `via` text DEFAULT 'letter' NOT NULL;--> statement-breakpoint
ALTER TABLE `activation_codes` ADD `reset_sign_in` integer DEFAULT false NOT NULL;