BEGIN;
--
-- Create proxy model MemberProxy
--
-- (no-op)
COMMIT;
