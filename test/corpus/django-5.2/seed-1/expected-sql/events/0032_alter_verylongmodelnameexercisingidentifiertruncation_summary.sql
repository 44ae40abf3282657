BEGIN;
--
-- Alter field summary on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "summary" TYPE varchar(200) USING "summary"::varchar(200);
COMMIT;
