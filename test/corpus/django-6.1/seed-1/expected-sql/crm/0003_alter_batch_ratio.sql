BEGIN;
--
-- Alter field ratio on batch
--
SET CONSTRAINTS "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" IMMEDIATE; ALTER TABLE "crm_batch" DROP CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid";
ALTER TABLE "crm_batch" ALTER COLUMN "ratio_id" SET DEFAULT '12345678123456781234567812345678'::uuid;
UPDATE "crm_batch" SET "ratio_id" = '12345678123456781234567812345678'::uuid WHERE "ratio_id" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "crm_batch" ALTER COLUMN "ratio_id" SET NOT NULL;
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" FOREIGN KEY ("ratio_id") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "crm_batch" ALTER COLUMN "ratio_id" DROP DEFAULT;
COMMIT;
