BEGIN;
--
-- Create proxy model RegionProxy
--
-- (no-op)
COMMIT;
