BEGIN;
--
-- Create model Tag
--
DROP TABLE "people_tag" CASCADE;
COMMIT;
