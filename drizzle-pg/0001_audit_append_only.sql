-- The audit log is append-only for everyone, admins included: the twin of drizzle/0001's
-- triggers, with the same names and the same message. (drizzle/0023 lifted the rule for one
-- update of the rows already kept and put it back as it was; a new database has no such rows.)
CREATE FUNCTION audit_events_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
	FOR EACH ROW EXECUTE FUNCTION audit_events_no_update();
--> statement-breakpoint
CREATE FUNCTION audit_events_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
	FOR EACH ROW EXECUTE FUNCTION audit_events_no_delete();
--> statement-breakpoint
-- SQLite has no TRUNCATE; PostgreSQL's skips row triggers, so it is refused on its own.
CREATE FUNCTION audit_events_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
	FOR EACH STATEMENT EXECUTE FUNCTION audit_events_no_truncate();
