BEGIN;
--
-- Rename table for member to blog_member_t23
--
ALTER TABLE "blog_member_t23" RENAME TO "blog_member";
COMMIT;
