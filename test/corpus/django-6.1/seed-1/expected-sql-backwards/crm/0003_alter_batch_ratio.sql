BEGIN;
--
-- Alter field ratio on batch
--
SET CONSTRAINTS "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" IMMEDIATE; ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid";
ALTER TABLE "crm_batch" ALTER COLUMN "ratio_id" DROP NOT NULL;
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" FOREIGN KEY ("ratio_id") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
