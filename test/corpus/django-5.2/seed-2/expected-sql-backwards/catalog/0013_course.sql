BEGIN;
--
-- Create model Course
--
DROP TABLE "catalog_course" CASCADE;
COMMIT;
