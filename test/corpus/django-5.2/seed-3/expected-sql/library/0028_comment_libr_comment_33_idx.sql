BEGIN;
--
-- Create index libr_comment_33_idx on field(s) deadline of model comment
--
CREATE INDEX "libr_comment_33_idx" ON "library_comment" ("deadline_id");
COMMIT;
