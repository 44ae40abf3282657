BEGIN;
--
-- Add field deadline to comment
--
SET CONSTRAINTS "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code" IMMEDIATE; ALTER TABLE "library_comment" DROP CONSTRAINT "library_comment_deadline_id_24ad6f4c_fk_fleet_invoice_t3_code";
ALTER TABLE "library_comment" DROP COLUMN "deadline_id" CASCADE;
COMMIT;
