BEGIN;
--
-- Remove field tags from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" ADD COLUMN "tags" text DEFAULT 'it''s' NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" ALTER COLUMN "tags" DROP DEFAULT;
COMMENT ON COLUMN "events_verylongmodelnameexercisingidentifiertruncation_t14"."tags" IS 'Primary contact';
COMMIT;
