BEGIN;
--
-- Alter field total on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" ALTER COLUMN "total" SET DEFAULT 5;
COMMIT;
