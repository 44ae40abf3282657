BEGIN;
--
-- Create model Region
--
DROP TABLE "events_region" CASCADE;
COMMIT;
