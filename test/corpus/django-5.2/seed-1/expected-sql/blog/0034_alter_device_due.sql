BEGIN;
--
-- Alter field due on device
--
CREATE INDEX "blog_device_t9_Col_due_868ae5c2" ON "blog_device_t9" ("Col_due");
CREATE INDEX "blog_device_t9_Col_due_868ae5c2_like" ON "blog_device_t9" ("Col_due" varchar_pattern_ops);
COMMIT;
