BEGIN;
--
-- Add field select to product
--
ALTER TABLE "fleet_product" ADD COLUMN "select_id" integer DEFAULT 1 NOT NULL CONSTRAINT "fleet_product_select_id_ce9b73ea_fk_library_book_id" REFERENCES "library_book"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_product_select_id_ce9b73ea_fk_library_book_id" IMMEDIATE;
ALTER TABLE "fleet_product" ALTER COLUMN "select_id" DROP DEFAULT;
CREATE INDEX "fleet_product_select_id_ce9b73ea" ON "fleet_product" ("select_id");
COMMIT;
