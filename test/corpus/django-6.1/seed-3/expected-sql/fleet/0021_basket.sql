BEGIN;
--
-- Create model Basket
--
CREATE TABLE "fleet_basket" ("address_ptr_id" integer NOT NULL PRIMARY KEY, "deadline" varchar(50) NOT NULL);
ALTER TABLE "fleet_basket" ADD CONSTRAINT "fleet_basket_address_ptr_id_435f530d_fk_fleet_address_id" FOREIGN KEY ("address_ptr_id") REFERENCES "fleet_address" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
