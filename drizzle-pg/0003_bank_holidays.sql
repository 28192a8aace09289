-- The official bank holidays for 2026 and 2027 (GOV.UK, "UK bank holidays"), as drizzle/0014
-- ships them; an administrator adds later years.
--
-- The other hand-written statements in drizzle/ change rows a database already held when they
-- came (0011 and 0014 fill in new columns, 0023 and 0024 forget addresses and typed names): a new
-- database holds none, so they have no twin here.
INSERT INTO "bank_holidays" ("nation", "date", "name") VALUES
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
	('scotland', '2027-12-28', 'Boxing Day (substitute day)');
