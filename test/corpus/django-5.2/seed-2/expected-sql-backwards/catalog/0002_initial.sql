BEGIN;
--
-- Create model Member
--
DROP TABLE "catalog_member" CASCADE;
COMMIT;
