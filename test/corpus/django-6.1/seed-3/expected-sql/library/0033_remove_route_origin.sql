BEGIN;
--
-- Remove field origin from route
--
ALTER TABLE "library_route" DROP COLUMN "origin";
COMMIT;
