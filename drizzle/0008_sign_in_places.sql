CREATE TABLE `sign_in_places` (
	`user_id` text NOT NULL,
	`address` text NOT NULL,
	`last_signed_in_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `address`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sign_in_places_address_idx` ON `sign_in_places` (`address`,`last_signed_in_at`);