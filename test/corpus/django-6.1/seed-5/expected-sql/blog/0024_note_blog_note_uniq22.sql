BEGIN;
--
-- Create constraint blog_note_uniq22 on model note
--
ALTER TABLE "blog_note" ADD CONSTRAINT "blog_note_uniq22" UNIQUE NULLS NOT DISTINCT ("legacy_color");
COMMIT;
