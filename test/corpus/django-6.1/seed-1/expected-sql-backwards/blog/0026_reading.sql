BEGIN;
--
-- Create model Reading
--
DROP TABLE "blog_reading" CASCADE;
COMMIT;
