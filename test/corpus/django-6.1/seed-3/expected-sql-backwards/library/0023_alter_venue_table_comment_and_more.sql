BEGIN;
--
-- Alter verylongmodelnameexercisingidentifiertruncation table comment
--
COMMENT ON TABLE "library_verylongmodelnameexercisingidentifiertruncation" IS '';
--
-- Alter venue table comment
--
COMMENT ON TABLE "library_venue" IS '';
COMMIT;
