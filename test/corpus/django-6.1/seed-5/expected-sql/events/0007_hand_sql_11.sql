BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_11 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_11_label ON hand_aux_11 (label);
COMMIT;
