BEGIN;
--
-- Create model Note
--
DROP TABLE "blog_note" CASCADE;
COMMIT;
