BEGIN;
--
-- Create model Member
--
DROP TABLE "blog_member" CASCADE;
COMMIT;
