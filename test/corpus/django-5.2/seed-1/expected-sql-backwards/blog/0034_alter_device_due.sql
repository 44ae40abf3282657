BEGIN;
--
-- Alter field due on device
--
DROP INDEX IF EXISTS "blog_device_t9_Col_due_868ae5c2";
DROP INDEX IF EXISTS "blog_device_t9_Col_due_868ae5c2_like";
COMMIT;
