BEGIN;
--
-- Alter field amount on venue
--
ALTER TABLE "events_venue" RENAME COLUMN "Renamed_amount34" TO "amount";
COMMIT;
