--
-- Concurrently remove index flee_member_8_idx from member
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_member_8_idx";
