BEGIN;
--
-- Remove index blog_album_25_ren from album
--
DROP INDEX IF EXISTS "blog_album_25_ren";
COMMIT;
