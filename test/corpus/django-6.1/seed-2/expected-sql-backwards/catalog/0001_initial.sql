BEGIN;
--
-- Create model Address
--
DROP TABLE "catalog_address" CASCADE;
COMMIT;
