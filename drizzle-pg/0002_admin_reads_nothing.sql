-- An administrator never reads what a young person said: no account holds `admin` together with
-- a role that reads statements, whatever code writes the roles. The twin of drizzle/0007's
-- triggers, with the same names and the same message.
--
-- SQLite lets one writer in at a time, so two role writes for one account can never both pass
-- the check. Here each write first locks the account's row in `users`: a second write for the
-- same account waits for the first to finish, then checks against what it wrote.
CREATE FUNCTION user_roles_admin_reads_nothing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM users WHERE id = NEW.user_id FOR NO KEY UPDATE;
	IF (NEW.role = 'admin' AND EXISTS (
			SELECT 1 FROM user_roles WHERE user_id = NEW.user_id
				AND role IN ('worker', 'manager', 'participation_lead')))
		OR (NEW.role IN ('worker', 'manager', 'participation_lead') AND EXISTS (
			SELECT 1 FROM user_roles WHERE user_id = NEW.user_id AND role = 'admin'))
	THEN
		RAISE EXCEPTION 'an administrator cannot hold a role that reads statements';
	END IF;
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER user_roles_admin_reads_nothing BEFORE INSERT ON user_roles
	FOR EACH ROW EXECUTE FUNCTION user_roles_admin_reads_nothing();
--> statement-breakpoint
-- As above, leaving out the row being changed (SQLite's `rowid <> OLD.rowid`; here its key).
CREATE FUNCTION user_roles_admin_reads_nothing_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM users WHERE id = NEW.user_id FOR NO KEY UPDATE;
	IF (NEW.role = 'admin' AND EXISTS (
			SELECT 1 FROM user_roles WHERE user_id = NEW.user_id
				AND role IN ('worker', 'manager', 'participation_lead')
				AND NOT (user_id = OLD.user_id AND role = OLD.role)))
		OR (NEW.role IN ('worker', 'manager', 'participation_lead') AND EXISTS (
			SELECT 1 FROM user_roles WHERE user_id = NEW.user_id AND role = 'admin'
				AND NOT (user_id = OLD.user_id AND role = OLD.role)))
	THEN
		RAISE EXCEPTION 'an administrator cannot hold a role that reads statements';
	END IF;
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER user_roles_admin_reads_nothing_on_update BEFORE UPDATE ON user_roles
	FOR EACH ROW EXECUTE FUNCTION user_roles_admin_reads_nothing_on_update();
