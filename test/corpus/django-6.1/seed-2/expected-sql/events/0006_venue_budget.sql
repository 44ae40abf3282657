BEGIN;
--
-- Add field budget to venue
--
ALTER TABLE "events_venue" ADD COLUMN "budget" bigint DEFAULT  -3 NOT NULL;
ALTER TABLE "events_venue" ALTER COLUMN "budget" DROP DEFAULT;
COMMENT ON COLUMN "events_venue"."budget" IS 'It''s the amount';
COMMIT;
