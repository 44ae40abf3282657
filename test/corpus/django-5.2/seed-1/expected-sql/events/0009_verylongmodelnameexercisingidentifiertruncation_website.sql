BEGIN;
--
-- Add field website to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "website" timestamp with time zone DEFAULT '2024-01-02 03:04:05+00:00'::timestamptz NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "website" DROP DEFAULT;
COMMIT;
