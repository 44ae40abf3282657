BEGIN;
--
-- Create model Author
--
DROP TABLE "events_author_t2" CASCADE;
COMMIT;
