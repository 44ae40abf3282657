BEGIN;
--
-- Create proxy model ReviewProxy
--
-- (no-op)
COMMIT;
