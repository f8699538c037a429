-- Idempotency keys for money movements (spends, settlements, closing claims): a retry with the same
-- key by the same user returns the first answer instead of recording twice. The key row is inserted in
-- the same transaction as the write, so the unique (user_id, key) decides which of several parallel
-- retries runs; the others wait for it and replay its answer. Kept at least 24 hours (see ADR 0007).
CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL DEFAULT 0,
  body text,
  etag text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
