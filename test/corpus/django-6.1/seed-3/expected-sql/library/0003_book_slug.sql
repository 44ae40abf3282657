BEGIN;
--
-- Add field slug to book
--
ALTER TABLE "library_book" ADD COLUMN "slug_id" integer DEFAULT 1 NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "slug_id" DROP DEFAULT;
CREATE INDEX "library_book_slug_id_aef959d3" ON "library_book" ("slug_id");
COMMIT;
