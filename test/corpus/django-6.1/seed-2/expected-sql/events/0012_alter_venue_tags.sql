BEGIN;
--
-- Alter field tags on venue
--
ALTER TABLE "events_venue" ALTER COLUMN "tags" SET DEFAULT (GEN_RANDOM_UUID());
COMMIT;
