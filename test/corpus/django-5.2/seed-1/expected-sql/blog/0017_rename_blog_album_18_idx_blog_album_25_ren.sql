BEGIN;
--
-- Rename index blog_album_18_idx on album to blog_album_25_ren
--
ALTER INDEX "blog_album_18_idx" RENAME TO "blog_album_25_ren";
COMMIT;
