BEGIN;
--
-- Create model Batch
--
CREATE TABLE "crm_batch" ("uid" uuid NOT NULL PRIMARY KEY, "body" time NULL, "version" date NOT NULL, "ratio_id" uuid NOT NULL);
ALTER TABLE "crm_batch" ADD CONSTRAINT "crm_batch_ratio_id_1fc5d016_fk_crm_batch_uid" FOREIGN KEY ("ratio_id") REFERENCES "crm_batch" ("uid") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "crm_batch_ratio_id_1fc5d016" ON "crm_batch" ("ratio_id");
COMMIT;
