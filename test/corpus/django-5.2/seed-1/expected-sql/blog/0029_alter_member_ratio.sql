BEGIN;
--
-- Alter field ratio on member
--
ALTER TABLE "blog_member_t23" ALTER COLUMN "ratio" SET NOT NULL;
COMMIT;
