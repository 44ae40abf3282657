BEGIN;
--
-- Custom state/database change combination
--
DROP INDEX IF EXISTS "libr_verylong_17_idx";
COMMIT;
