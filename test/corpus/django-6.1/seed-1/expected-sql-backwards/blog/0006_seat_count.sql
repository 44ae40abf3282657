BEGIN;
--
-- Add field count to seat
--
SET CONSTRAINTS "blog_seat_count_id_887171d6_fk_blog_seat_id" IMMEDIATE; ALTER TABLE "blog_seat" DROP CONSTRAINT "blog_seat_count_id_887171d6_fk_blog_seat_id";
ALTER TABLE "blog_seat" DROP COLUMN "count_id";
COMMIT;
