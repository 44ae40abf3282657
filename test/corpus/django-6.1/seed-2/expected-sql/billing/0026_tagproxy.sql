BEGIN;
--
-- Create proxy model TagProxy
--
-- (no-op)
COMMIT;
