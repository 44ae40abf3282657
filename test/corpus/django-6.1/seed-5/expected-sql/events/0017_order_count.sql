BEGIN;
--
-- Add field count to order
--
ALTER TABLE "events_order" ADD COLUMN "count" timestamp with time zone DEFAULT '2024-01-02 03:04:05+00:00'::timestamptz NOT NULL;
ALTER TABLE "events_order" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
