BEGIN;
--
-- Create index blog_album_18_idx on field(s) code of model album
--
DROP INDEX IF EXISTS "blog_album_18_idx";
COMMIT;
