-- Checks a list of single-line labels (wijken, tags, sources): no NULL elements, each 1..max_len characters,
-- no control characters. Used by check constraints, so it must be IMMUTABLE; it depends only on its input.
CREATE FUNCTION kv_valid_labels(labels text[], max_len integer) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(bool_and(
    label IS NOT NULL
    AND char_length(label) BETWEEN 1 AND max_len
    AND label !~ '[\x01-\x1f\x7f-\x9f]'
  ), true)
  FROM unnest(labels) AS label
$$;
