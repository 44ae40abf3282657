BEGIN;
--
-- Add field select to product
--
SET CONSTRAINTS "fleet_product_select_id_ce9b73ea_fk_library_book_id" IMMEDIATE; ALTER TABLE "fleet_product" DROP CONSTRAINT "fleet_product_select_id_ce9b73ea_fk_library_book_id";
ALTER TABLE "fleet_product" DROP COLUMN "select_id" CASCADE;
COMMIT;
