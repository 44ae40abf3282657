BEGIN;
--
-- Add field attachment to shelf
--
SET CONSTRAINTS "events_shelf_t15_attachment_id_7af36e62_fk_library_author_id" IMMEDIATE; ALTER TABLE "events_shelf_t15" DROP CONSTRAINT "events_shelf_t15_attachment_id_7af36e62_fk_library_author_id";
ALTER TABLE "events_shelf_t15" DROP COLUMN "attachment_id";
COMMIT;
