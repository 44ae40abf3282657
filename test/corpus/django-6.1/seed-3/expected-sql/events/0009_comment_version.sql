BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_comment" ADD COLUMN "version" timestamp with time zone DEFAULT '2024-01-02 03:04:05+00:00'::timestamptz NOT NULL;
ALTER TABLE "events_comment" ALTER COLUMN "version" DROP DEFAULT;
COMMIT;
