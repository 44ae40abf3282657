BEGIN;
--
-- Add field rank to book
--
ALTER TABLE "events_book" DROP COLUMN "rank";
--
-- Add field attachment to book
--
SET CONSTRAINTS "events_book_attachment_id_a02763a1_fk_events_book_id" IMMEDIATE; ALTER TABLE "events_book" DROP CONSTRAINT "events_book_attachment_id_a02763a1_fk_events_book_id";
ALTER TABLE "events_book" DROP COLUMN "attachment_id";
--
-- Create model Region
--
DROP TABLE "events_region" CASCADE;
COMMIT;
