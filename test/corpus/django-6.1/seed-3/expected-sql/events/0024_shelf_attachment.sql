BEGIN;
--
-- Add field attachment to shelf
--
ALTER TABLE "events_shelf_t15" ADD COLUMN "attachment_id" integer DEFAULT 1 NOT NULL CONSTRAINT "events_shelf_t15_attachment_id_7af36e62_fk_library_author_id" REFERENCES "library_author"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_shelf_t15_attachment_id_7af36e62_fk_library_author_id" IMMEDIATE;
ALTER TABLE "events_shelf_t15" ALTER COLUMN "attachment_id" DROP DEFAULT;
CREATE INDEX "events_shelf_t15_attachment_id_7af36e62" ON "events_shelf_t15" ("attachment_id");
COMMIT;
