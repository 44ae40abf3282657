BEGIN;
--
-- Alter field active on batch
--
SET CONSTRAINTS "crm_batch_col_active15_a0082cd6_fk_crm_batch_uid" IMMEDIATE; ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_col_active15_a0082cd6_fk_crm_batch_uid";
ALTER TABLE "crm_batch" RENAME COLUMN "col_active15" TO "active_id";
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_active_id_970ace63_fk_crm_batch_uid" FOREIGN KEY ("active_id") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
