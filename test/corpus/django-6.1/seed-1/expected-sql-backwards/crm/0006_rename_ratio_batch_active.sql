BEGIN;
--
-- Rename field ratio on batch to active
--
SET CONSTRAINTS "crm_batch_active_id_970ace63_fk_crm_batch_uid" IMMEDIATE; ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_active_id_970ace63_fk_crm_batch_uid";
ALTER TABLE "crm_batch" RENAME COLUMN "active_id" TO "ratio_id";
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" FOREIGN KEY ("ratio_id") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
