BEGIN;
--
-- Add field count to seat
--
ALTER TABLE "blog_seat" ADD COLUMN "count_id" bigint NULL CONSTRAINT "blog_seat_count_id_887171d6_fk_blog_seat_id" REFERENCES "blog_seat"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_seat_count_id_887171d6_fk_blog_seat_id" IMMEDIATE;
CREATE INDEX "blog_seat_count_id_887171d6" ON "blog_seat" ("count_id");
COMMIT;
