BEGIN;
--
-- Alter field select on product
--
ALTER TABLE "fleet_product" ADD CONSTRAINT "fleet_product_select_id_ce9b73ea_fk_library_book_id" FOREIGN KEY ("select_id") REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
