BEGIN;
--
-- Create model Review
--
CREATE TABLE "people_review" ("order_ptr_id" bigint NOT NULL PRIMARY KEY, "phone" numeric(7, 2) NOT NULL);
ALTER TABLE "people_review" ADD CONSTRAINT "people_review_order_ptr_id_90f63b6d_fk_people_order_id" FOREIGN KEY ("order_ptr_id") REFERENCES "people_order" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
