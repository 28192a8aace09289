CREATE TABLE `bank_holidays` (
	`nation` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`nation`, `date`)
);
--> statement-breakpoint
CREATE TABLE `urgent_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`statement_id` text NOT NULL,
	`step` text NOT NULL,
	`at` integer NOT NULL,
	`told` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `urgent_alerts_statement_idx` ON `urgent_alerts` (`statement_id`,`at`);--> statement-breakpoint
DROP INDEX `statements_awaiting_escalation_idx`;--> statement-breakpoint
ALTER TABLE `statements` ADD `out_of_hours` integer;--> statement-breakpoint
ALTER TABLE `statements` ADD `acknowledged_at` integer;--> statement-breakpoint
ALTER TABLE `statements` ADD `acknowledged_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `statements` ADD `duty_alerted_at` integer;--> statement-breakpoint
ALTER TABLE `statements` ADD `senior_alerted_at` integer;--> statement-breakpoint
ALTER TABLE `statements` ADD `escalation_step` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `next_escalation_at` integer;--> statement-breakpoint
CREATE INDEX `statements_next_escalation_idx` ON `statements` (`next_escalation_at`) WHERE next_escalation_at is not null;--> statement-breakpoint
CREATE INDEX `statements_duty_alerted_idx` ON `statements` (`duty_alerted_at`) WHERE duty_alerted_at is not null;--> statement-breakpoint
ALTER TABLE `teams` ADD `out_of_hours` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- The official lists for 2026 and 2027 (GOV.UK, "UK bank holidays"); an administrator adds later years.
INSERT INTO `bank_holidays` (`nation`, `date`, `name`) VALUES
	('england_wales', '2026-01-01', 'New Year''s Day'),
	('england_wales', '2026-04-03', 'Good Friday'),
	('england_wales', '2026-04-06', 'Easter Monday'),
	('england_wales', '2026-05-04', 'Early May bank holiday'),
	('england_wales', '2026-05-25', 'Spring bank holiday'),
	('england_wales', '2026-08-31', 'Summer bank holiday'),
	('england_wales', '2026-12-25', 'Christmas Day'),
	('england_wales', '2026-12-28', 'Boxing Day (substitute day)'),
	('england_wales', '2027-01-01', 'New Year''s Day'),
	('england_wales', '2027-03-26', 'Good Friday'),
	('england_wales', '2027-03-29', 'Easter Monday'),
	('england_wales', '2027-05-03', 'Early May bank holiday'),
	('england_wales', '2027-05-31', 'Spring bank holiday'),
	('england_wales', '2027-08-30', 'Summer bank holiday'),
	('england_wales', '2027-12-27', 'Christmas Day (substitute day)'),
	('england_wales', '2027-12-28', 'Boxing Day (substitute day)'),
	('scotland', '2026-01-01', 'New Year''s Day'),
	('scotland', '2026-01-02', '2nd January'),
	('scotland', '2026-04-03', 'Good Friday'),
	('scotland', '2026-05-04', 'Early May bank holiday'),
	('scotland', '2026-05-25', 'Spring bank holiday'),
	('scotland', '2026-08-03', 'Summer bank holiday'),
	('scotland', '2026-11-30', 'St Andrew''s Day'),
	('scotland', '2026-12-25', 'Christmas Day'),
	('scotland', '2026-12-28', 'Boxing Day (substitute day)'),
	('scotland', '2027-01-01', 'New Year''s Day'),
	('scotland', '2027-01-04', '2nd January (substitute day)'),
	('scotland', '2027-03-26', 'Good Friday'),
	('scotland', '2027-05-03', 'Early May bank holiday'),
	('scotland', '2027-05-31', 'Spring bank holiday'),
	('scotland', '2027-08-02', 'Summer bank holiday'),
	('scotland', '2027-11-30', 'St Andrew''s Day'),
	('scotland', '2027-12-27', 'Christmas Day (substitute day)'),
	('scotland', '2027-12-28', 'Boxing Day (substitute day)');--> statement-breakpoint
-- Urgent statements still waiting for the team manager's step join the chain where they are;
-- those already escalated or read keep what happened to them.
UPDATE `statements` SET `next_escalation_at` = `sent_at` + CAST(3600000 * coalesce((SELECT CAST(`value` AS REAL) FROM `settings` WHERE `key` = 'escalationHours'), 2) AS INTEGER)
WHERE `urgent` = 1 AND `first_read_at` IS NULL AND `escalated_at` IS NULL;
