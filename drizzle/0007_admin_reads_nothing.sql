-- An administrator never reads what a young person said: no account holds `admin`
-- together with a role that reads statements, whatever code writes the roles.
CREATE TRIGGER `user_roles_admin_reads_nothing` BEFORE INSERT ON `user_roles`
WHEN (NEW.role = 'admin' AND EXISTS (SELECT 1 FROM `user_roles` WHERE `user_id` = NEW.user_id AND `role` IN ('worker', 'manager', 'participation_lead')))
	OR (NEW.role IN ('worker', 'manager', 'participation_lead') AND EXISTS (SELECT 1 FROM `user_roles` WHERE `user_id` = NEW.user_id AND `role` = 'admin'))
BEGIN
	SELECT RAISE(ABORT, 'an administrator cannot hold a role that reads statements');
END;
--> statement-breakpoint
CREATE TRIGGER `user_roles_admin_reads_nothing_on_update` BEFORE UPDATE ON `user_roles`
WHEN (NEW.role = 'admin' AND EXISTS (SELECT 1 FROM `user_roles` WHERE `user_id` = NEW.user_id AND `role` IN ('worker', 'manager', 'participation_lead') AND rowid <> OLD.rowid))
	OR (NEW.role IN ('worker', 'manager', 'participation_lead') AND EXISTS (SELECT 1 FROM `user_roles` WHERE `user_id` = NEW.user_id AND `role` = 'admin' AND rowid <> OLD.rowid))
BEGIN
	SELECT RAISE(ABORT, 'an administrator cannot hold a role that reads statements');
END;
