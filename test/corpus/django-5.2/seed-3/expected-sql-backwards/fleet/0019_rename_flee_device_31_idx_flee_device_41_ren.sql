BEGIN;
--
-- Rename index flee_device_31_idx on device to flee_device_41_ren
--
ALTER INDEX "flee_device_41_ren" RENAME TO "flee_device_31_idx";
COMMIT;
