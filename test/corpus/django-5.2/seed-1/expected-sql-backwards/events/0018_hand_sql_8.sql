BEGIN;
--
-- Raw SQL operation
--
DELETE FROM hand_aux_8 WHERE id IN (1, 2);
--
-- Raw SQL operation
--
DROP TABLE hand_aux_8;
COMMIT;
