BEGIN;
--
-- Alter field kind on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t28" DROP CONSTRAINT "events_verylongmodelname_kind_824a1579_uniq";
DROP INDEX IF EXISTS "events_verylongmodelname_kind_824a1579_like";
COMMIT;
