BEGIN;
--
-- Create model Shelf
--
DROP TABLE "library_shelf" CASCADE;
COMMIT;
