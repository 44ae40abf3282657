BEGIN;
--
-- Custom state/database change combination
--
DROP INDEX IF EXISTS "libr_verylong_19_idx";
COMMIT;
