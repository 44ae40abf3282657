BEGIN;
--
-- Alter field summary on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "summary" TYPE varchar(60) USING "summary"::varchar(60);
COMMIT;
