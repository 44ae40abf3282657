BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_11_label;
DROP TABLE hand_aux_11;
COMMIT;
