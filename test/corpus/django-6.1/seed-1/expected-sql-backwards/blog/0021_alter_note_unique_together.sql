BEGIN;
--
-- Alter unique_together for note (1 constraint(s))
--
ALTER TABLE "blog_note" DROP CONSTRAINT "blog_note_origin_count_f55e5f3c_uniq";
COMMIT;
