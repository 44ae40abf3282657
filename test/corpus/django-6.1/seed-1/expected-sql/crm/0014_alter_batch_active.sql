BEGIN;
--
-- Alter field active on batch
--
SET CONSTRAINTS "crm_batch_active_id_970ace63_fk_crm_batch_uid" IMMEDIATE; ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_active_id_970ace63_fk_crm_batch_uid";
ALTER TABLE "crm_batch" RENAME COLUMN "active_id" TO "col_active15";
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_col_active15_a0082cd6_fk_crm_batch_uid" FOREIGN KEY ("col_active15") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
