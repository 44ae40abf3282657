BEGIN;
--
-- Rename table for member to blog_member_t23
--
ALTER TABLE "blog_member" RENAME TO "blog_member_t23";
COMMIT;
