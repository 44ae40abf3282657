BEGIN;
--
-- Alter field city on venue
--
ALTER TABLE "library_venue" ALTER COLUMN "city" DROP NOT NULL;
COMMIT;
