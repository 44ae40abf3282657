BEGIN;
--
-- Alter field qty on device
--
SET CONSTRAINTS "blog_device_t9_qty_id_fd96bab2_fk_events_a_" IMMEDIATE; ALTER TABLE "blog_device_t9" DROP CONSTRAINT "blog_device_t9_qty_id_fd96bab2_fk_events_a_";
CREATE INDEX "blog_device_t9_qty_id_fd96bab2" ON "blog_device_t9" ("qty_id");
ALTER TABLE "blog_device_t9" ADD CONSTRAINT "blog_device_t9_qty_id_fd96bab2_fk_events_a_" FOREIGN KEY ("qty_id") REFERENCES "events_a_table_name_that_is_far_too_long_for_postgresql_identifiers_6" ("id") DEFERRABLE INITIALLY DEFERRED;
--
-- Rename unnamed index for ('qty',) on device to blog_device_15_named
--
-- (no-op)
COMMIT;
