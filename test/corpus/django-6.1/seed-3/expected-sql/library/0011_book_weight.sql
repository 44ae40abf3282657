BEGIN;
--
-- Add field weight to book
--
ALTER TABLE "library_book" ADD COLUMN "weight_id" integer DEFAULT 1 NOT NULL CONSTRAINT "library_book_weight_id_c6257e11_fk_events_shelf_t15_id" REFERENCES "events_shelf_t15"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "library_book_weight_id_c6257e11_fk_events_shelf_t15_id" IMMEDIATE;
ALTER TABLE "library_book" ALTER COLUMN "weight_id" DROP DEFAULT;
CREATE INDEX "library_book_weight_id_c6257e11" ON "library_book" ("weight_id");
COMMIT;
