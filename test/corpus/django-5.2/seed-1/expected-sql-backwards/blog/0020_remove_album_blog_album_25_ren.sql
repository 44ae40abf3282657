BEGIN;
--
-- Remove index blog_album_25_ren from album
--
CREATE INDEX "blog_album_25_ren" ON "blog_album" ("code");
COMMIT;
