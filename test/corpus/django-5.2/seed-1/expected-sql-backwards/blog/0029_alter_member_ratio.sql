BEGIN;
--
-- Alter field ratio on member
--
ALTER TABLE "blog_member_t23" ALTER COLUMN "ratio" DROP NOT NULL;
COMMIT;
