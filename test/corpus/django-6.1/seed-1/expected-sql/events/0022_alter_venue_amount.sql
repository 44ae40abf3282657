BEGIN;
--
-- Alter field amount on venue
--
ALTER TABLE "events_venue" RENAME COLUMN "amount" TO "Renamed_amount34";
COMMIT;
