BEGIN;
--
-- Add field token to book
--
ALTER TABLE "blog_book" ADD COLUMN "token" varchar(200) DEFAULT 'https://example.com/x' NOT NULL;
COMMENT ON COLUMN "blog_book"."token" IS 'It''s the amount';
--
-- Add field token to note
--
ALTER TABLE "blog_note" ADD COLUMN "token" varchar(200) DEFAULT 'https://example.com/x' NOT NULL;
COMMENT ON COLUMN "blog_note"."token" IS 'It''s the amount';
CREATE INDEX "blog_book_token_92eac06c" ON "blog_book" ("token") TABLESPACE "pg_default";
CREATE INDEX "blog_book_token_92eac06c_like" ON "blog_book" ("token" varchar_pattern_ops) TABLESPACE "pg_default";
CREATE INDEX "blog_note_token_51eca60d" ON "blog_note" ("token") TABLESPACE "pg_default";
CREATE INDEX "blog_note_token_51eca60d_like" ON "blog_note" ("token" varchar_pattern_ops) TABLESPACE "pg_default";
COMMIT;
