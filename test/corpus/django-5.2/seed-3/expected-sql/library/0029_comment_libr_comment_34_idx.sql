BEGIN;
--
-- Create index libr_comment_34_idx on field(s) deadline of model comment
--
CREATE INDEX "libr_comment_34_idx" ON "library_comment" USING btree ("deadline_id") WITH (fillfactor = 80, deduplicate_items = off);
COMMIT;
