BEGIN;
--
-- Remove index libr_warehous_11_idx from comment
--
DROP INDEX IF EXISTS "libr_warehous_11_idx";
--
-- Alter field deadline on comment
--
SET CONSTRAINTS "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" IMMEDIATE; ALTER TABLE "library_comment" DROP CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code";
DROP INDEX IF EXISTS "library_comment_deadline_id_24ad6f4c";
DROP INDEX IF EXISTS "library_comment_deadline_id_24ad6f4c_like";
ALTER TABLE "library_comment" ADD CONSTRAINT "library_comment_deadline_id_24ad6f4c_uniq" UNIQUE ("deadline_id");
ALTER TABLE "library_comment" ADD CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" FOREIGN KEY ("deadline_id") REFERENCES "fleet_invoice_t3" ("code") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "library_comment_deadline_id_24ad6f4c_like" ON "library_comment" ("deadline_id" varchar_pattern_ops);
COMMIT;
