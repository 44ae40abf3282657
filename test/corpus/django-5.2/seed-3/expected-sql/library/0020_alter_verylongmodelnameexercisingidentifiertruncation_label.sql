BEGIN;
--
-- Alter field label on verylongmodelnameexercisingidentifiertruncation
--
DROP INDEX IF EXISTS "library_verylongmode_uniq16";
DROP INDEX IF EXISTS "library_verylongmodelnam_label_c4e38d42_like";
DROP INDEX IF EXISTS "library_verylongmodelnamee_label_c4e38d42";
COMMIT;
