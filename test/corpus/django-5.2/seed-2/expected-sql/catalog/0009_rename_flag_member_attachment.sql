BEGIN;
--
-- Rename field flag on member to attachment
--
SET CONSTRAINTS "catalog_member_flag_id_0b2a1ca8_fk_catalog_member_code" IMMEDIATE; ALTER TABLE "catalog_member" DROP CONSTRAINT "catalog_member_flag_id_0b2a1ca8_fk_catalog_member_code";
ALTER TABLE "catalog_member" RENAME COLUMN "flag_id" TO "attachment_id";
ALTER TABLE "catalog_member" ADD CONSTRAINT "catalog_member_attachment_id_3050f4ce_fk_catalog_member_code" FOREIGN KEY ("attachment_id") REFERENCES "catalog_member" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
