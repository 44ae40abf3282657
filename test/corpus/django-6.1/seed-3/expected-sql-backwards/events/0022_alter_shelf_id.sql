BEGIN;
--
-- Alter field id on shelf
--
SET CONSTRAINTS "events_shelf_t15_rating_shelf_id_eb180fde_fk" IMMEDIATE; ALTER TABLE "events_shelf_t15_rating" DROP CONSTRAINT "events_shelf_t15_rating_shelf_id_eb180fde_fk";
SET CONSTRAINTS "library_book_weight_id_c6257e11_fk" IMMEDIATE; ALTER TABLE "library_book" DROP CONSTRAINT "library_book_weight_id_c6257e11_fk";
SET CONSTRAINTS "fleet_coupon_deadline_id_b75e4f08_fk" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_deadline_id_b75e4f08_fk";
ALTER TABLE "events_shelf_t15" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "events_shelf_t15" ALTER COLUMN "id" TYPE integer USING "id"::integer;
DROP SEQUENCE IF EXISTS "events_shelf_t15_id_seq" CASCADE;
ALTER TABLE "events_shelf_t15_rating" ALTER COLUMN "shelf_id" TYPE integer USING "shelf_id"::integer;
ALTER TABLE "library_book" ALTER COLUMN "weight_id" TYPE integer USING "weight_id"::integer;
ALTER TABLE "fleet_coupon" ALTER COLUMN "deadline_id" TYPE integer USING "deadline_id"::integer;
ALTER TABLE "fleet_product_t4" ALTER COLUMN "phone_id" TYPE integer USING "phone_id"::integer;
ALTER TABLE "events_shelf_t15_rating" ADD CONSTRAINT "events_shelf_t15_rating_shelf_id_eb180fde_fk" FOREIGN KEY ("shelf_id") REFERENCES "events_shelf_t15" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_weight_id_c6257e11_fk" FOREIGN KEY ("weight_id") REFERENCES "events_shelf_t15" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "fleet_coupon" ADD CONSTRAINT "fleet_coupon_deadline_id_b75e4f08_fk" FOREIGN KEY ("deadline_id") REFERENCES "events_shelf_t15" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "fleet_product_t4" ADD CONSTRAINT "fleet_product_t4_phone_id_fc21f77d_fk" FOREIGN KEY ("phone_id") REFERENCES "events_shelf_t15" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
