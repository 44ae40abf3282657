BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_27_label;
DROP TABLE hand_aux_27;
COMMIT;
