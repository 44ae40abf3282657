BEGIN;
--
-- Alter field total on route
--
ALTER TABLE "people_route" ALTER COLUMN "total" DROP NOT NULL;
COMMIT;
