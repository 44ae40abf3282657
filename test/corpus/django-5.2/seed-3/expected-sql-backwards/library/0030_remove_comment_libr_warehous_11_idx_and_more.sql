BEGIN;
--
-- Alter field deadline on comment
--
SET CONSTRAINTS "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" IMMEDIATE; ALTER TABLE "library_comment" DROP CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code";
ALTER TABLE "library_comment" DROP CONSTRAINT "library_comment_deadline_id_24ad6f4c_uniq";
CREATE INDEX "library_comment_deadline_id_24ad6f4c" ON "library_comment" ("deadline_id");
ALTER TABLE "library_comment" ADD CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" FOREIGN KEY ("deadline_id") REFERENCES "fleet_invoice_t3" ("code") DEFERRABLE INITIALLY DEFERRED;
--
-- Remove index libr_warehous_11_idx from comment
--
CREATE INDEX "libr_warehous_11_idx" ON "library_comment" ("path");
COMMIT;
