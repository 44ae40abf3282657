BEGIN;
--
-- Create model Author
--
DROP TABLE "events_author" CASCADE;
COMMIT;
