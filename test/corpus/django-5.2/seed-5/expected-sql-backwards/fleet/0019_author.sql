BEGIN;
--
-- Create model Author
--
DROP TABLE "fleet_author" CASCADE;
COMMIT;
