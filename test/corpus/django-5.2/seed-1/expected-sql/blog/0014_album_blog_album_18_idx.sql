BEGIN;
--
-- Create index blog_album_18_idx on field(s) code of model album
--
CREATE INDEX "blog_album_18_idx" ON "blog_album" ("code");
COMMIT;
