BEGIN;
--
-- Add field website to payment
--
ALTER TABLE "catalog_payment" ADD COLUMN "website_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "catalog_payment_website_id_c0140396_fk_catalog_member_code" REFERENCES "catalog_member"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "catalog_payment_website_id_c0140396_fk_catalog_member_code" IMMEDIATE;
ALTER TABLE "catalog_payment" ALTER COLUMN "website_id" DROP DEFAULT;
CREATE INDEX "catalog_payment_website_id_c0140396" ON "catalog_payment" ("website_id");
COMMIT;
