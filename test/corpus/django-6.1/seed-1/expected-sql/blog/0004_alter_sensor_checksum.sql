BEGIN;
--
-- Alter field checksum on sensor
--
-- (no-op)
COMMIT;
