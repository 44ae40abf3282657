BEGIN;
--
-- Alter venue table comment
--
COMMENT ON TABLE "library_venue" IS 'Orders table v28';
--
-- Alter verylongmodelnameexercisingidentifiertruncation table comment
--
COMMENT ON TABLE "library_verylongmodelnameexercisingidentifiertruncation" IS 'Don''t touch v27';
COMMIT;
