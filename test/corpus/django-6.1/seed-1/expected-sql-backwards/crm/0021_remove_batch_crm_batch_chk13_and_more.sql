BEGIN;
--
-- Delete model Batch
--
CREATE TABLE "crm_batch" ("uid" uuid NOT NULL PRIMARY KEY, "body" time NULL, "version" date NOT NULL, "token" integer NOT NULL, "col_active15" uuid NOT NULL);
COMMENT ON COLUMN "crm_batch"."col_active15" IS 'Budget total 17';
--
-- Remove constraint crm_batch_chk16 from model batch
--
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_chk16" CHECK ("uid" = '12345678123456781234567812345678'::uuid);
--
-- Remove constraint crm_batch_chk13 from model batch
--
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_chk13" CHECK (("token" <=  -10 OR "version" < '2023-05-17'::date));
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_col_active15_a0082cd6_fk_crm_batch_uid" FOREIGN KEY ("col_active15") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "crm_batch_col_active15_a0082cd6" ON "crm_batch" ("col_active15");
COMMIT;
